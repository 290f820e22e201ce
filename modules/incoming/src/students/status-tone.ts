import type { IncomingStatus } from "@orbis/contracts/incoming";
import type { BadgeTone } from "@orbis/ui/vue";

/** How a status badge reads at a glance: stopped stays in warning, stays under way in success. */
export function statusTone(status: IncomingStatus): BadgeTone {
  if (status === "refused" || status === "withdrawn") return "warning";
  if (status === "arrived" || status === "enrolled") return "success";
  return "neutral";
}
