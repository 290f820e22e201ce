import type { Principal } from "@orbis/contracts/identity";
import { departmentScope } from "@orbis/service-kit";

/** Everyone who reads agreements and partners (coordinators only within their departments). */
export const READERS = ["agreements", "admin", "leadership", "erasmus", "incoming", "outgoing", "analyst", "coordinator", "service"] as const;
/** Only the agreements team and administrators change partners and agreements. */
export const WRITERS = ["agreements", "admin"] as const;
/** Other poles record quota usage with their service tokens. */
export const USAGE_WRITERS = ["agreements", "admin", "service"] as const;

/** null = every agreement; otherwise the departments whose agreements the caller may see. */
export function agreementScope(principal: Principal): string[] | null {
  return departmentScope(principal);
}

export function canSeeAgreement(principal: Principal, departments: readonly string[]): boolean {
  const scope = agreementScope(principal);
  return scope === null || departments.some((d) => scope.includes(d));
}

/** The actor name written next to a change. */
export function actorOf(principal: Principal): string {
  return principal.email ?? principal.sub;
}
