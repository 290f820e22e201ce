import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit } from "../src/db/schema";
import { advanceStatuses } from "../src/domain/status-clock";
import { agreementBody, partnerBody, startAgreements, type Harness } from "./harness";

let h: Harness;
let writer: string;
beforeAll(async () => {
  h = await startAgreements();
  writer = await h.tokenFor("agreements");
});
afterAll(() => h.close());

async function activeAgreement(startYear: number, endYear: number) {
  const partner = await h.call("POST", "/partners", { token: writer, body: partnerBody() });
  let a = (await h.call("POST", "/agreements", { token: writer, body: agreementBody([partner.json.id], { startYear, endYear }) })).json;
  for (const status of ["negotiation", "signed-one-side", "active"]) {
    a = (await h.call("POST", `/agreements/${a.id}/status`, { token: writer, body: { version: a.version, status } })).json;
  }
  expect(a.status).toBe("active");
  return a;
}

describe("the status clock", () => {
  it("flags agreements ending within the horizon as expiring, expires those whose last year is over, and audits it", async () => {
    const now = new Date("2026-11-23T08:00:00Z"); // academic year 2026-2027
    const over = await activeAgreement(2020, 2025); // ended 31 August 2026
    const ending = await activeAgreement(2022, 2026); // ends 31 August 2027, within 12 months
    const later = await activeAgreement(2024, 2029);

    expect(await advanceStatuses(h.db, now, 12)).toEqual({ expired: 1, expiring: 1 });
    const read = async (id: string) => (await h.call("GET", `/agreements/${id}`, { token: writer })).json;
    expect(await read(over.id)).toMatchObject({ status: "expired", version: over.version + 1 });
    expect(await read(ending.id)).toMatchObject({ status: "expiring", version: ending.version + 1 });
    expect(await read(later.id)).toMatchObject({ status: "active", version: later.version });

    const rows = await h.db.select().from(audit).where(eq(audit.entityId, over.id));
    expect(rows.at(-1)).toMatchObject({ actor: "system:status-clock", action: "status", before: { status: "active" }, after: { status: "expired" } });

    // A stale edit made before the clock moved the agreement is refused, not silently applied.
    const stale = await h.call("PATCH", `/agreements/${ending.id}`, { token: writer, body: { version: ending.version, title: "Too late" } });
    expect(stale.status).toBe(409);

    // Running again changes nothing.
    expect(await advanceStatuses(h.db, now, 12)).toEqual({ expired: 0, expiring: 0 });
  });
});
