import type { Principal } from "@orbis/contracts/identity";
import { departmentScope } from "@orbis/service-kit";

/** The outgoing team and administrators write everything. */
export const STAFF = ["outgoing", "admin"] as const;
/** Coordinators act on their departments' students (ranking, learning agreements, recognition). */
export const STAFF_AND_COORDINATORS = ["outgoing", "admin", "coordinator"] as const;
/** Everyone who reads outgoing mobilities (coordinators only within their departments). */
export const READERS = ["outgoing", "admin", "coordinator", "erasmus", "leadership", "analyst"] as const;
/** Other services (Erasmus+ grants) read mobilities with their service token; analytics reads the export. */
export const MACHINE_READERS = ["outgoing", "admin", "erasmus", "service"] as const;
export const EXPORT_READERS = ["outgoing", "admin", "analyst", "analytics"] as const;

/** null = every department; otherwise the departments the caller may see. */
export function studentScope(principal: Principal): string[] | null {
  return departmentScope(principal);
}

/** The actor name written next to a change. */
export function actorOf(principal: Principal): string {
  return principal.email ?? principal.sub;
}
