import type { Db } from "@orbis/db";
import {
  aidAwards,
  aids,
  allocationRuns,
  applicationDocuments,
  applications,
  callDestinations,
  calls,
  followUpSteps,
  gradeTables,
  laRevisions,
  mobilities,
  nominations,
  rankings,
  recognitions,
} from "../db/schema/index";
import { aidRows } from "./aid";
import { applicantsOf, leaversByYear, type SeedApplicant } from "./applications";
import { callRows } from "./calls";
import { demoOutgoingData, groupBy, yearOf, type DemoOutgoingData } from "./data";
import { callIdOfMobility, destinationRows } from "./destinations";
import { documentRows } from "./documents";
import { stepRows } from "./followup";
import { learningAgreementRows } from "./learning-agreements";
import { mobilityRow } from "./mobilities";
import { gradeTableRows, recognitionRows } from "./recognition";
import { selectionOf, type CallSelection } from "./selection";
import { insertSeeded } from "./write";

export { demoOutgoingData, type DemoOutgoingData } from "./data";
export { mobilityRow } from "./mobilities";

export type SeedCounts = Record<
  | "mobilities"
  | "calls"
  | "destinations"
  | "applications"
  | "applicationDocuments"
  | "rankings"
  | "allocationRuns"
  | "nominations"
  | "followUpSteps"
  | "learningAgreements"
  | "gradeTables"
  | "recognitions"
  | "aids"
  | "awards",
  number
>;

/** Everything the seed writes, computed in memory from the universe (pure: the same data gives the same rows). */
export async function demoRows(data: DemoOutgoingData) {
  const today = data.referenceDate;
  const mobilityRows = data.mobilities.map((m) => mobilityRow(m, data));
  const callList = callRows(data);
  const destinations = destinationRows(data, callList);
  const destinationsByCall = groupBy(destinations, (d) => d.callId);
  const leavers = leaversByYear(data);
  const agreements = new Map(data.agreements.map((a) => [a.id, a]));
  const selectedByCall = groupBy(data.mobilities, callIdOfMobility);
  const applicants: SeedApplicant[] = [];
  const selections: CallSelection[] = [];
  for (const call of callList) {
    if (call.status !== "published") continue;
    const offered = destinationsByCall.get(call.id) ?? [];
    const callApplicants = applicantsOf(data, call, {
      selected: selectedByCall.get(call.id) ?? [],
      destinations: new Map(offered.map((d) => [d.id, d])),
      leftThatYear: leavers.get(call.academicYear) ?? new Set(),
      agreements,
    });
    selections.push(selectionOf(call, callApplicants, offered));
    applicants.push(...callApplicants);
  }
  const applicationList = applicants.map((a) => a.row);
  const tables = gradeTableRows(data);
  const years = [...new Set(data.mobilities.map((m) => yearOf(m.academicYear)))].sort();
  return {
    mobilities: mobilityRows,
    calls: callList,
    destinations,
    applications: applicationList,
    documents: await documentRows(new Map(callList.map((c) => [c.id, c])), applicationList),
    rankings: selections.flatMap((s) => s.rankings),
    runs: selections.map((s) => s.run),
    nominations: selections.flatMap((s) => s.nominations),
    steps: stepRows(data.mobilities, today),
    learningAgreements: learningAgreementRows(data, today),
    gradeTables: tables,
    recognitions: recognitionRows(data, tables),
    ...aidRows(mobilityRows, years, today),
  };
}

/**
 * Seeds ten academic years of the outgoing pole from the demo universe: mobilities, the calls they were selected in
 * (and next year's open call), destinations, applications, rankings, published allocations, nominations, follow-up
 * checklists, learning agreements, recognitions and aids. Idempotent: every row has an id derived from the
 * universe's ids and what exists is left untouched, so a restart neither duplicates nor resets what users changed.
 * One "seed" audit row per row created (per checklist for follow-up steps). `timings` receives milliseconds per area.
 */
export async function seedDemo(db: Db, data: DemoOutgoingData = demoOutgoingData(), timings: Record<string, number> = {}): Promise<SeedCounts> {
  const started = performance.now();
  const rows = await demoRows(data);
  timings.rows = Math.round(performance.now() - started);
  return db.transaction(async (tx) => {
    const timed = async <T extends Parameters<typeof insertSeeded>[1]>(entity: string, table: T, list: ReadonlyArray<T["$inferInsert"] & { id: string }>, options?: Parameters<typeof insertSeeded<T>>[4]) => {
      const started = performance.now();
      const created = await insertSeeded(tx, table, entity, list, options);
      timings[entity] = Math.round(performance.now() - started);
      return created;
    };
    return {
      mobilities: await timed("mobility", mobilities, rows.mobilities),
      calls: await timed("call", calls, rows.calls),
      destinations: await timed("call_destination", callDestinations, rows.destinations),
      applications: await timed("application", applications, rows.applications),
      applicationDocuments: await timed("application_document", applicationDocuments, rows.documents, { chunk: 200 }),
      rankings: await timed("ranking", rankings, rows.rankings, { chunk: 100 }),
      allocationRuns: await timed("allocation", allocationRuns, rows.runs, { chunk: 20 }),
      nominations: await timed("nomination", nominations, rows.nominations),
      // One audit row per checklist: its eight steps are created together with the mobility's follow-up.
      followUpSteps: await timed("follow_up_checklist", followUpSteps, rows.steps, { chunk: 1000, auditAs: (step) => step.mobilityId }),
      learningAgreements: await timed("learning_agreement_revision", laRevisions, rows.learningAgreements, { chunk: 200 }),
      gradeTables: await timed("grade_table", gradeTables, rows.gradeTables),
      recognitions: await timed("recognition", recognitions, rows.recognitions, { chunk: 200 }),
      aids: await timed("aid", aids, rows.aids),
      awards: await timed("aid_award", aidAwards, rows.awards),
    };
  });
}
