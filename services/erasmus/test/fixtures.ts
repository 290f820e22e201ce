import { insertMobility } from "@orbis/outgoing-service/test/mobility-fixtures";
import { mobilities } from "@orbis/outgoing-service/src/db/schema/index";
import { eq } from "drizzle-orm";
import { defaultRates } from "../src/domain/grants/default-rates";
import type { Harness } from "./harness";

let counter = 0;

/** The French NA's rates of a call year, set through the API as the team would. */
export async function putRates(h: Harness, callYear: number) {
  const { callYear: _year, ...rates } = defaultRates(callYear);
  const answer = await h.call("PUT", `/rates/${callYear}`, { token: await h.tokenFor("erasmus"), body: rates });
  if (answer.status !== 200) throw new Error(`rates: ${answer.status} ${JSON.stringify(answer.json)}`);
  return answer.json;
}

export function projectBody(overrides: Record<string, unknown> = {}) {
  counter += 1;
  const action = (overrides.action as string | undefined) ?? "KA131";
  return {
    action,
    callYear: 2026,
    grantAgreementNumber: `2026-1-FR01-${action}-HED-${String(100_000 + counter).padStart(9, "0")}`,
    title: `Projet de test ${counter}`,
    startDate: "2026-06-01",
    endDate: "2028-07-31",
    budget: { individualSupport: 5_000_000, travel: 500_000, inclusionSupport: 100_000, organisationalSupport: 400_000 },
    ...overrides,
  };
}

export async function createProject(h: Harness, overrides: Record<string, unknown> = {}) {
  const answer = await h.call("POST", "/projects", { token: await h.tokenFor("erasmus"), body: projectBody(overrides) });
  if (answer.status !== 201) throw new Error(`project: ${answer.status} ${JSON.stringify(answer.json)}`);
  return answer.json;
}

/** A student mobility in the outgoing service (its own test fixture: the outgoing team's data, read by Erasmus+ through the API). */
export const outgoingMobility = (h: Harness, overrides: Parameters<typeof insertMobility>[1] = {}) => insertMobility(h.outgoing, overrides);

/** The outgoing team moves a mobility's dates. */
export async function moveOutgoingMobility(h: Harness, id: string, dates: { plannedEnd?: string; actualEnd?: string }) {
  await h.outgoing.db.update(mobilities).set({ ...dates, updatedAt: new Date() }).where(eq(mobilities.id, id));
}
