import type { Context } from "hono";
import { principalOf, type ServiceEnv } from "@orbis/service-kit";

/** How the publish history names who did it: a person's email, or a machine client's id. */
export function actorOf(c: Context<ServiceEnv>): string {
  const principal = principalOf(c);
  return principal.email ?? principal.sub;
}
