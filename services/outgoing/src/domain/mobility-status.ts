import type { MobilityAction, MobilityStatus } from "@orbis/contracts/outgoing";
import { HttpProblem } from "@orbis/service-kit";

/** Which status each action leaves from and goes to: cancel before departure, interrupt during the stay. */
export const TRANSITIONS: Record<MobilityAction, { from: MobilityStatus; to: MobilityStatus }> = {
  start: { from: "planned", to: "in-progress" },
  complete: { from: "in-progress", to: "completed" },
  cancel: { from: "planned", to: "cancelled" },
  interrupt: { from: "in-progress", to: "interrupted" },
};

export function assertTransition(action: MobilityAction, status: string): MobilityStatus {
  const { from, to } = TRANSITIONS[action];
  if (status !== from) throw new HttpProblem("conflict", `Cannot ${action} a mobility that is ${status}: only a ${from} mobility can.`);
  return to;
}
