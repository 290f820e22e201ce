import type { Principal } from "@orbis/contracts/identity";
import { departmentScope } from "@orbis/service-kit";

/** The incoming team and administrators write everything. */
export const WRITERS = ["incoming", "admin"] as const;
/** Coordinators act on the students their departments host (course choices, learning agreements, transcripts). */
export const WRITERS_AND_COORDINATORS = ["incoming", "admin", "coordinator"] as const;
/** Everyone who reads incoming students (coordinators only within their departments). */
export const READERS = ["incoming", "admin", "coordinator", "leadership", "analyst", "erasmus"] as const;

/** null = every department; otherwise the host departments the caller may see. */
export function studentScope(principal: Principal): string[] | null {
  return departmentScope(principal);
}

/** The actor name written next to a change. */
export function actorOf(principal: Principal): string {
  return principal.email ?? principal.sub;
}

/** Who reads the pseudonymous analytics export (the analytics service with its service token included). */
export const EXPORT_READERS = ["analytics", "admin", "analyst", "incoming"] as const;
