import type { Db } from "@orbis/db";
import type { CookiePolicy } from "../auth/cookies";
import type { KeyRing } from "../auth/key-ring";
import type { LoginThrottle } from "../auth/login-throttle";
import type { IdentitySchema } from "../db/schema";

/** What route groups need from the app: the database, the signing keys, the cookie policy, the throttle. */
export interface RouteContext {
  db: Db<IdentitySchema>;
  keys: KeyRing;
  cookies: CookiePolicy;
  throttle: LoginThrottle;
}
