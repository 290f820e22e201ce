import { ERASMUS_PROGRAMMES, FOLLOW_UP_STEPS, type FollowUpStepKind, type OutgoingProgramme } from "@orbis/contracts/outgoing";
import type { Mobility as DemoMobility } from "@orbis/demo-data";
import type { followUpSteps } from "../db/schema/index";
import { addDays } from "../domain/dates";
import { dueDateOf } from "../domain/followup";
import { unit, seedId } from "./ids";

export type StepInsert = typeof followUpSteps.$inferInsert & { id: string; mobilityId: string; step: string; status: string };

/** Steps an in-progress mobility has done: the administrative set-up and the arrival. */
const BEFORE_DEPARTURE: readonly FollowUpStepKind[] = ["learning-agreement", "grant-agreement", "insurance", "arrival-certificate"];

type StepState = { status: string; doneOn?: string; note?: string };

/**
 * Where a mobility's checklist stands on the reference date: completed mobilities have every step done;
 * in-progress ones the set-up and arrival (a few are late with their arrival certificate or learning agreement
 * changes, so the reminders list has work); planned ones have some set-up done; cancelled and interrupted ones have
 * the steps they did not reach waived.
 */
function stateOf(m: DemoMobility, step: FollowUpStepKind, due: string, today: string): StepState {
  const doneOn = () => {
    const day = addDays(due, -Math.floor(unit("done", m.id, step) * 12));
    return day < today ? day : addDays(today, -1);
  };
  switch (m.status) {
    case "completed":
      return { status: "done", doneOn: doneOn() };
    case "interrupted":
      return due <= m.endDate ? { status: "done", doneOn: doneOn() } : { status: "waived", note: "Mobilité interrompue" };
    case "cancelled":
      return { status: "waived", note: "Mobilité annulée" };
    case "in-progress": {
      const late = unit("late", m.id, step) < 0.15;
      if (BEFORE_DEPARTURE.includes(step) && !(step === "arrival-certificate" && late)) return { status: "done", doneOn: doneOn() };
      if (step === "la-changes" && due < today && !late) return { status: "done", doneOn: doneOn() };
      return { status: "todo" };
    }
    default:
      return learningAgreementSigned(m) && (step === "learning-agreement" || (step === "grant-agreement" && unit("grant", m.id) < 0.5))
        ? { status: "done", doneOn: addDays(today, -1 - Math.floor(unit("done", m.id, step) * 20)) }
        : { status: "todo" };
  }
}

/** Whether the mobility's learning agreement was approved by the reference date (planned ones: some have). */
export function learningAgreementSigned(m: DemoMobility): boolean {
  return m.status === "planned" ? unit("la-signed", m.id) < 0.4 : m.status !== "cancelled";
}

/** The checklist of every seeded mobility, with due dates as insertFollowUpSteps sets them. */
export function stepRows(mobilities: readonly DemoMobility[], today: string): StepInsert[] {
  return mobilities.flatMap((m) => {
    const erasmus = ERASMUS_PROGRAMMES.includes(m.programme as OutgoingProgramme);
    const dates = { plannedStart: m.startDate, plannedEnd: m.plannedEndDate };
    return FOLLOW_UP_STEPS.map((step, position): StepInsert => {
      const dueDate = dueDateOf(step, dates);
      const state: StepState = step === "grant-agreement" && !erasmus ? { status: "not-applicable" } : stateOf(m, step, dueDate, today);
      return { id: seedId("step", m.id, step), mobilityId: m.id, step, position, dueDate, status: state.status, doneOn: state.doneOn ?? null, note: state.note ?? "" };
    });
  });
}
