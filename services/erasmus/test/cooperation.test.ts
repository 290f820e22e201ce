import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGuarded } from "@orbis/test-kit/access-matrix";
import { asTeam, cooperationIdea, NOW } from "./fixtures-b";
import { paths, startErasmus, type Harness } from "./harness";

const ID = "00000000-0000-4000-8000-000000000002";
let h: Harness;
let team: Awaited<ReturnType<typeof asTeam>>;
beforeAll(async () => {
  h = await startErasmus({ now: () => NOW });
  team = await asTeam(h);
});
afterAll(() => h.close());

describe("cooperation projects (KA2)", () => {
  it("guards every route: 401 without a token, 403 to other roles", async () => {
    await expectGuarded(h, [
      { method: "GET", path: "/cooperation-projects", wrongRole: "outgoing" },
      { method: "POST", path: "/cooperation-projects", body: cooperationIdea(), wrongRole: "leadership" },
      { method: "GET", path: `/cooperation-projects/${ID}`, wrongRole: "agreements" },
      { method: "PATCH", path: `/cooperation-projects/${ID}`, body: { version: 1 }, wrongRole: "analyst" },
      { method: "POST", path: `/cooperation-projects/${ID}/stage`, body: { version: 1, stage: "preparation", on: "2026-11-16" }, wrongRole: "incoming" },
      { method: "GET", path: "/cooperation-deadlines/upcoming", wrongRole: "coordinator" },
      { method: "POST", path: `/cooperation-projects/${ID}/deadlines`, body: { label: "x", dueOn: "2027-01-01" }, wrongRole: "analyst" },
      { method: "PATCH", path: `/cooperation-deadlines/${ID}`, body: { version: 1, done: true }, wrongRole: "leadership" },
      { method: "POST", path: `/cooperation-projects/${ID}/meetings`, body: { heldOn: "2027-01-01", place: "x" }, wrongRole: "analyst" },
      { method: "PATCH", path: `/cooperation-meetings/${ID}`, body: { version: 1, minutes: "x" }, wrongRole: "leadership" },
    ]);
  });

  it("takes a project from idea to submission, acceptance with the grant, running and closure", async () => {
    const created = await team("POST", "/cooperation-projects", cooperationIdea());
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ stage: "idea", stageChangedOn: "2026-11-16", version: 1, grantedCents: null });
    const id = created.json.id;
    const step = (version: number, stage: string, extra: object = {}) => team("POST", `/cooperation-projects/${id}/stage`, { version, stage, on: "2027-01-10", ...extra });
    expect((await step(1, "submitted")).status).toBe(409);
    expect((await step(1, "preparation")).json.stage).toBe("preparation");
    expect((await step(2, "submitted")).json.stage).toBe("submitted");
    const noAmount = await step(3, "accepted");
    expect(paths(noAmount.json)).toEqual(["body.grantedCents"]);
    expect((await step(3, "accepted", { grantedCents: 39_000_000 })).json).toMatchObject({ stage: "accepted", grantedCents: 39_000_000 });
    expect((await step(3, "running")).status).toBe(409);
    expect((await step(4, "running")).json.stage).toBe("running");
    expect((await step(5, "closed")).json.stage).toBe("closed");
    expect(paths((await step(6, "finished")).json)).toEqual(["body.stage"]);
  });

  it("refuses bad input naming the field; edits check the whole record", async () => {
    const cases: Array<[unknown, string[]]> = [
      [cooperationIdea({ shareCents: 50_000_000 }), ["body.shareCents"]],
      [cooperationIdea({ startDate: "2027-11-01", endDate: "2027-10-01" }), ["body.endDate"]],
      [{ ...cooperationIdea(), action: "KA999" }, ["body.action"]],
      [cooperationIdea({ partners: [{ name: "", countryCode: "PL" }] }), ["body.partners.0.name"]],
    ];
    for (const [body, expected] of cases) {
      const answer = await team("POST", "/cooperation-projects", body);
      expect(answer.status).toBe(400);
      expect(paths(answer.json)).toEqual(expected);
    }
    const { json: p } = await team("POST", "/cooperation-projects", cooperationIdea({ acronym: "EDIT" }));
    const tooLow = await team("PATCH", `/cooperation-projects/${p.id}`, { version: 1, requestedCents: 1_000 });
    expect(paths(tooLow.json)).toEqual(["body.shareCents"]);
    expect((await team("PATCH", `/cooperation-projects/${p.id}`, { version: 1, title: "Nouveau titre" })).json).toMatchObject({ title: "Nouveau titre", version: 2 });
    expect((await team("PATCH", `/cooperation-projects/${p.id}`, { version: 1, title: "Autre" })).status).toBe(409);
    expect((await team("GET", "/cooperation-projects?q=edit")).json.total).toBe(1);
  });

  it("lists upcoming deadlines, soonest first, and keeps the committee's minutes", async () => {
    const { json: p } = await team("POST", "/cooperation-projects", cooperationIdea({ acronym: "DEAD" }));
    const soon = await team("POST", `/cooperation-projects/${p.id}/deadlines`, { label: "Dépôt de la candidature", dueOn: "2026-12-01" });
    await team("POST", `/cooperation-projects/${p.id}/deadlines`, { label: "Rapport intermédiaire", dueOn: "2027-09-30" });
    expect(paths((await team("POST", `/cooperation-projects/${p.id}/deadlines`, { label: "", dueOn: "2027-02-30" })).json)).toEqual(["body.dueOn", "body.label"]);
    const upcoming = await team("GET", "/cooperation-deadlines/upcoming?withinDays=60");
    expect(upcoming.json.items).toEqual([expect.objectContaining({ label: "Dépôt de la candidature", daysLeft: 15, projectAcronym: "DEAD" })]);
    expect((await team("PATCH", `/cooperation-deadlines/${soon.json.id}`, { version: 1, done: true })).json.done).toBe(true);
    expect((await team("GET", "/cooperation-deadlines/upcoming")).json.items).toEqual([]);
    expect((await team("PATCH", `/cooperation-deadlines/${soon.json.id}`, { version: 1, done: false })).status).toBe(409);

    const meeting = await team("POST", `/cooperation-projects/${p.id}/meetings`, { heldOn: "2027-02-10", place: "Visio", attendees: ["A. Lefèvre", "J. Nowak"] });
    expect(meeting.status).toBe(201);
    const minutes = await team("PATCH", `/cooperation-meetings/${meeting.json.id}`, { version: 1, minutes: "Calendrier validé." });
    expect(minutes.json).toMatchObject({ minutes: "Calendrier validé.", version: 2 });
    expect(new Set(paths((await team("PATCH", `/cooperation-meetings/${meeting.json.id}`, { version: 2, heldOn: "demain" })).json))).toEqual(new Set(["body.heldOn"]));
    const details = await team("GET", `/cooperation-projects/${p.id}`);
    expect(details.json.deadlines.map((d: { label: string }) => d.label)).toEqual(["Dépôt de la candidature", "Rapport intermédiaire"]);
    expect(details.json.meetings).toHaveLength(1);
    expect((await team("POST", `/cooperation-projects/${ID}/meetings`, { heldOn: "2027-02-10", place: "Visio" })).status).toBe(404);
  });
});
