import { auditRoutes, createService, type Logger } from "@orbis/service-kit";
import type { CookiePolicy } from "./auth/cookies";
import { loadKeyRing, type KeyRing } from "./auth/key-ring";
import { decoyHash } from "./auth/password";
import { createLoginThrottle, type ThrottleOptions } from "./auth/login-throttle";
import type { IdentityDatabase } from "./db/database";
import { audit } from "./db/schema";
import type { RouteContext } from "./routes/context";
import { departmentRoutes } from "./routes/departments";
import { jwksRoutes } from "./routes/jwks";
import { sessionRoutes } from "./routes/session";
import { tokenRoutes } from "./routes/token";
import { userRoutes } from "./routes/users";
import { coordinatorRoutes } from "./routes/coordinators";

export interface IdentityDeps {
  /** Migrated identity database. */
  database: IdentityDatabase;
  /** PKCS8 PEM (IDENTITY_SIGNING_KEY) signing instead of the key stored in the database. */
  signingKeyPem?: string | undefined;
  /** Adds `Secure` to the cookies (COOKIE_SECURE=1). */
  cookieSecure?: boolean;
  throttle?: ThrottleOptions;
  logger?: Logger;
}

/**
 * The identity service. It signs tokens with its key ring and verifies incoming tokens with the same ring's
 * public keys, in process (never over HTTP to itself).
 */
export async function buildApp(deps: IdentityDeps) {
  const keys: KeyRing = await loadKeyRing(deps.database.db, { pem: deps.signingKeyPem });
  // Computed now, so that the first unknown email does not take twice as long as the others.
  await decoyHash();
  const service = createService({
    name: "identity",
    title: "Orbis identity",
    description: "Accounts, roles and department scopes, sessions, service clients and the signing keys.",
    verifier: keys.verifier,
    database: deps.database,
    ...(deps.logger ? { logger: deps.logger } : {}),
  });
  const cookies: CookiePolicy = { secure: deps.cookieSecure ?? false };
  const ctx: RouteContext = { db: deps.database.db, keys, cookies, throttle: createLoginThrottle(deps.throttle) };
  for (const routes of [jwksRoutes, sessionRoutes, tokenRoutes, userRoutes, coordinatorRoutes, departmentRoutes]) {
    service.api.route("/", routes(ctx));
  }
  service.api.route("/", auditRoutes(deps.database.db, audit, { summary: "Who changed which account or department, before and after" }));
  return { service, keys };
}
export type IdentityApp = Awaited<ReturnType<typeof buildApp>>;
