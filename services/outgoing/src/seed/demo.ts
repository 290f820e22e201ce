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
 * One "seed" audit row per row created.
 */
export async function seedDemo(db: Db, data: DemoOutgoingData = demoOutgoingData()): Promise<SeedCounts> {
  const rows = await demoRows(data);
  return db.transaction(async (tx) => {
    const ids = { id: mobilities.id };
    const n = async <R>(entity: string, list: readonly R[], insert: (chunk: R[]) => Promise<ReadonlyArray<{ id: string }>>, chunk?: number) =>
      (await insertSeeded(tx, entity, list, insert, chunk)).length;
    return {
      mobilities: await n("mobility", rows.mobilities, (c) => tx.insert(mobilities).values(c).onConflictDoNothing().returning(ids)),
      calls: await n("call", rows.calls, (c) => tx.insert(calls).values(c).onConflictDoNothing().returning({ id: calls.id })),
      destinations: await n("call_destination", rows.destinations, (c) => tx.insert(callDestinations).values(c).onConflictDoNothing().returning({ id: callDestinations.id })),
      applications: await n("application", rows.applications, (c) => tx.insert(applications).values(c).onConflictDoNothing().returning({ id: applications.id })),
      applicationDocuments: await n(
        "application_document",
        rows.documents,
        (c) => tx.insert(applicationDocuments).values(c).onConflictDoNothing().returning({ id: applicationDocuments.id }),
        200,
      ),
      rankings: await n("ranking", rows.rankings, (c) => tx.insert(rankings).values(c).onConflictDoNothing().returning({ id: rankings.id }), 100),
      allocationRuns: await n("allocation", rows.runs, (c) => tx.insert(allocationRuns).values(c).onConflictDoNothing().returning({ id: allocationRuns.id }), 20),
      nominations: await n("nomination", rows.nominations, (c) => tx.insert(nominations).values(c).onConflictDoNothing().returning({ id: nominations.id })),
      followUpSteps: await n("follow_up_step", rows.steps, (c) => tx.insert(followUpSteps).values(c).onConflictDoNothing().returning({ id: followUpSteps.id }), 1000),
      learningAgreements: await n("learning_agreement_revision", rows.learningAgreements, (c) => tx.insert(laRevisions).values(c).onConflictDoNothing().returning({ id: laRevisions.id }), 200),
      gradeTables: await n("grade_table", rows.gradeTables, (c) => tx.insert(gradeTables).values(c).onConflictDoNothing().returning({ id: gradeTables.id })),
      recognitions: await n("recognition", rows.recognitions, (c) => tx.insert(recognitions).values(c).onConflictDoNothing().returning({ id: recognitions.id }), 200),
      aids: await n("aid", rows.aids, (c) => tx.insert(aids).values(c).onConflictDoNothing().returning({ id: aids.id })),
      awards: await n("aid_award", rows.awards, (c) => tx.insert(aidAwards).values(c).onConflictDoNothing().returning({ id: aidAwards.id })),
    };
  });
}
