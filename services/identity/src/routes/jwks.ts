import { createRouter, defineRoute, jsonResponse } from "@orbis/service-kit";
import { JwkSet } from "../domain/api-schemas";
import type { RouteContext } from "./context";

/** The public keys other services verify identity's tokens with (cached by their JWKS clients). */
export function jwksRoutes({ keys }: RouteContext) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/.well-known/jwks.json",
      tags: ["tokens"],
      summary: "Public signing keys (JWKS)",
      access: { public: true },
      responses: { 200: jsonResponse(JwkSet, "The JSON Web Key Set") },
    }),
    (c) => {
      c.header("cache-control", "public, max-age=300");
      return c.json(keys.jwks, 200);
    },
  );
  return router;
}
