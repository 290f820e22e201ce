import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allocationRuns, rankings } from "../src/db/schema/index";
import { paths, seedAgreement, startOutgoing, type Harness } from "./harness";
import { counts, createApplication, createCall, syncDestinations } from "./selection-fixtures";

let h: Harness;
let callId: string;
let callVersion: number;
let a: string;
let b: string;
const app: Record<string, string> = {};
beforeAll(async () => {
  h = await startOutgoing();
  const first = await seedAgreement(h, { places: 1, departments: [] });
  const second = await seedAgreement(h, { places: 2, departments: [] });
  const call = await createCall(h);
  callId = call.id;
  const destinations = await syncDestinations(h, callId);
  a = destinations.find((d) => d.agreementId === first.agreementId)!.id;
  b = destinations.find((d) => d.agreementId === second.agreementId)!.id;
  app.lea = (await createApplication(h, callId, { department: "LAW", lastName: "Lea", choices: [a, b] })).id;
  app.leo = (await createApplication(h, callId, { department: "LAW", lastName: "Leo", choices: [a, b] })).id;
  app.chen = (await createApplication(h, callId, { department: "CHINESE", lastName: "Chen", choices: [a, b] })).id;
  app.chou = (await createApplication(h, callId, { department: "CHINESE", lastName: "Chou", choices: [a] })).id;
  const opened = await h.call("POST", `/calls/${callId}/status`, { token: await h.tokenFor("outgoing"), body: { version: 1, status: "open" } });
  callVersion = opened.json.version;
});
afterAll(() => h.close());

const scores = (total: number) => ({ academic: 20, motivation: (total - 20) / 2, language: (total - 20) / 2 });

describe("rankings", () => {
  it("lets a coordinator rank their department: total then tie-break, versioned", async () => {
    const law = await h.tokenFor("coordinator", ["LAW"]);
    const saved = await h.call("PUT", `/calls/${callId}/rankings/LAW`, {
      token: law,
      body: { version: 0, entries: [{ applicationId: app.leo, scores: scores(40), tieBreak: 1 }, { applicationId: app.lea, scores: scores(50), tieBreak: 2 }] },
    });
    expect(saved.json).toMatchObject({ callId });
    expect(saved.json.version).toBe(1);
    expect(saved.json.entries.map((e: { lastName: string; rank: number; total: number }) => [e.lastName, e.rank, e.total])).toEqual([["Lea", 1, 50], ["Leo", 2, 40]]);
    const read = await h.call("GET", `/calls/${callId}/rankings/LAW`, { token: law });
    expect(read.json.version).toBe(1);
  });

  it("refuses applicants of another department and equal totals without distinct tie-breaks, writing nothing", async () => {
    const law = await h.tokenFor("coordinator", ["LAW"]);
    const before = await counts(h, rankings);
    const bad = await h.call("PUT", `/calls/${callId}/rankings/LAW`, {
      token: law,
      body: { version: 1, entries: [{ applicationId: app.chen, scores: scores(40), tieBreak: 1 }, { applicationId: app.lea, scores: scores(40), tieBreak: 5 }, { applicationId: app.leo, scores: scores(40), tieBreak: 5 }] },
    });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.entries.0.applicationId", "body.entries.2.tieBreak"]);
    const outOfRange = await h.call("PUT", `/calls/${callId}/rankings/LAW`, { token: law, body: { version: 1, entries: [{ applicationId: app.lea, scores: { academic: 25, motivation: 1, language: 1 }, tieBreak: 1 }] } });
    expect(paths(outOfRange.json)).toEqual(["body.entries.0.scores.academic"]);
    expect(await counts(h, rankings)).toEqual(before);
  });

  it("refuses a coordinator another department's ranking (403) and callers without a token (401)", async () => {
    const law = await h.tokenFor("coordinator", ["LAW"]);
    const other = await h.call("PUT", `/calls/${callId}/rankings/CHINESE`, { token: law, body: { version: 0, entries: [] } });
    expect(other.status).toBe(403);
    expect(other.json.code).toBe("out_of_scope");
    expect((await h.call("GET", `/calls/${callId}/rankings/CHINESE`, { token: law })).status).toBe(403);
    expect((await h.call("GET", `/calls/${callId}/rankings/LAW`)).status).toBe(401);
    expect((await h.call("GET", `/calls/${callId}/rankings/LAW`, { token: await h.tokenFor("analyst") })).status).toBe(403);
  });

  it("lets only one of two first saves of a department win (409 for the other)", async () => {
    const chinese = await h.tokenFor("coordinator", ["CHINESE"]);
    const body = { version: 0, entries: [{ applicationId: app.chen, scores: scores(45), tieBreak: 1 }, { applicationId: app.chou, scores: scores(30), tieBreak: 2 }] };
    const saves = await Promise.all([h.call("PUT", `/calls/${callId}/rankings/CHINESE`, { token: chinese, body }), h.call("PUT", `/calls/${callId}/rankings/CHINESE`, { token: chinese, body })]);
    expect(saves.map((s) => s.status).sort()).toEqual([200, 409]);
  });
});

describe("allocation", () => {
  it("runs only on a closed call, and only for the office", async () => {
    const token = await h.tokenFor("outgoing");
    const before = await counts(h, allocationRuns);
    expect((await h.call("POST", `/calls/${callId}/allocation`, { token })).status).toBe(409);
    expect((await h.call("POST", `/calls/${callId}/allocation`, { token: await h.tokenFor("coordinator", ["LAW"]) })).status).toBe(403);
    expect((await h.call("POST", `/calls/${callId}/allocation`)).status).toBe(401);
    expect(await counts(h, allocationRuns)).toEqual(before);
    const closed = await h.call("POST", `/calls/${callId}/status`, { token, body: { version: callVersion, status: "closed" } });
    expect(closed.status).toBe(200);
  });

  it("gives each student their best free choice in the merged order, explained, reproducibly", async () => {
    const token = await h.tokenFor("outgoing");
    const run = await h.call("POST", `/calls/${callId}/allocation`, { token });
    expect(run.status).toBe(201);
    const summary = run.json.results.map((r: { name: string; globalRank: number; destinationId: string | null; choice: number | null }) => [r.name.split(" ")[1], r.globalRank, r.destinationId, r.choice]);
    expect(summary).toEqual([
      ["Lea", 1, a, 1],
      ["Chen", 2, b, 2],
      ["Leo", 3, b, 2],
      ["Chou", 4, null, null],
    ]);
    expect(run.json.results[1].explanation).toBe("choice 1 full: taken by higher-ranked Camille Lea; got choice 2");
    expect(run.json.results[3].explanation).toBe("choice 1 full: taken by higher-ranked Camille Lea; no destination left among the choices");
    const again = await h.call("POST", `/calls/${callId}/allocation`, { token });
    expect(again.json.inputsHash).toBe(run.json.inputsHash);
    expect(again.json.results).toEqual(run.json.results);
    const scoped = await h.call("GET", `/calls/${callId}/allocation`, { token: await h.tokenFor("coordinator", ["CHINESE"]) });
    expect(scoped.json.results.map((r: { department: string }) => r.department)).toEqual(["CHINESE", "CHINESE"]);

    expect((await h.call("GET", `/calls/${callId}/allocation`, { token: await h.tokenFor("incoming") })).status).toBe(403);
    expect(paths((await h.call("POST", `/calls/${callId}/allocation/publish`, { token, body: { runId: "x" } })).json)).toEqual(["body.runId"]);
    expect((await h.call("POST", `/calls/${callId}/allocation/publish`, { token: await h.tokenFor("coordinator", ["LAW"]), body: { runId: again.json.id } })).status).toBe(403);
    const stale = await h.call("POST", `/calls/${callId}/allocation/publish`, { token, body: { runId: run.json.id } });
    expect(stale.status).toBe(409);
    expect(paths(stale.json)).toEqual(["body.runId"]);
    const published = await h.call("POST", `/calls/${callId}/allocation/publish`, { token, body: { runId: again.json.id } });
    expect(published.status).toBe(200);
    expect(published.json.publishedAt).not.toBeNull();
    expect((await h.call("GET", `/calls/${callId}`, { token })).json.status).toBe("published");
    expect((await h.call("POST", `/calls/${callId}/allocation`, { token })).status).toBe(409);
    const lateRanking = await h.call("PUT", `/calls/${callId}/rankings/LAW`, { token, body: { version: 1, entries: [] } });
    expect(lateRanking.status).toBe(409);
  });
});
