import { TokenRequest, TokenResponse } from "@orbis/contracts/identity";
import type { Principal } from "@orbis/contracts/identity";
import { createRouter, defineRoute, HttpProblem, jsonResponse, zodFieldErrors } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { SERVICE_TOKEN_SECONDS } from "../auth/cookies";
import { decoyHash, verifySecret } from "../auth/password";
import { serviceClients } from "../db/schema";
import type { RouteContext } from "./context";

const FORM = "application/x-www-form-urlencoded";

/** OAuth 2 client-credentials grant for service-to-service calls (JSON or form body). */
export function tokenRoutes({ db, keys }: RouteContext) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "post",
      path: "/token",
      tags: ["tokens"],
      summary: "Client-credentials token for a service client",
      access: { public: true },
      request: {
        body: {
          required: false,
          content: { "application/json": { schema: TokenRequest }, [FORM]: { schema: TokenRequest } },
        },
      },
      responses: { 200: jsonResponse(TokenResponse, "A bearer token") },
    }),
    async (c) => {
      const isForm = c.req.header("content-type")?.toLowerCase().startsWith(FORM) ?? false;
      // With an optional body the validators let an empty request through: check it here.
      const parsed = TokenRequest.safeParse(isForm ? c.req.valid("form") : c.req.valid("json"));
      if (!parsed.success) {
        throw new HttpProblem("validation", "Some fields are missing or invalid.", { errors: zodFieldErrors(parsed.error.issues, "body") });
      }
      const { client_id: clientId, client_secret: secret } = parsed.data;
      const [client] = await db.select().from(serviceClients).where(eq(serviceClients.clientId, clientId));
      const valid = await verifySecret(secret, client?.secretHash ?? (await decoyHash()));
      if (!client || !valid || !client.active) {
        c.var.log.warn("client credentials refused", { clientId });
        throw new HttpProblem("invalid_credentials", "Unknown client or wrong secret.");
      }
      const principal: Principal = { sub: client.clientId, kind: "service", name: client.name, roles: client.roles, departments: [] };
      const token = await keys.sign(principal, SERVICE_TOKEN_SECONDS);
      c.header("cache-control", "no-store");
      return c.json({ access_token: token, token_type: "Bearer" as const, expires_in: SERVICE_TOKEN_SECONDS }, 200);
    },
  );
  return router;
}
