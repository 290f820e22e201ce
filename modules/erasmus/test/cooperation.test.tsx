import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { centsOf, partnersOf } from "../src/cooperation/cooperation-form";
import { cleanup, click, getButton, getByLabel, render, textOf, type, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { officer, page } from "./fixtures";
import { cooperationProject } from "./fixtures-b";

const go = (path: string) => window.history.replaceState(null, "", path);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("cooperation projects", () => {
  it("lists the pipeline and the upcoming deadlines, overdue ones marked", async () => {
    go("/erasmus/cooperation");
    fakeApi({
      "GET /api/erasmus/cooperation-projects": () => ({ body: page([cooperationProject()]) }),
      "GET /api/erasmus/cooperation-deadlines/upcoming": () => ({
        body: { items: [{ id: "a0000000-0000-4000-8000-000000000001", projectId: cooperationProject().id, label: "Rapport intermédiaire", dueOn: "2026-11-01", done: false, version: 1, projectAcronym: "LARINUM", projectTitle: "x", daysLeft: -3 }] },
      }),
    });
    const view = render(<App basePath="/erasmus" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("LARINUM — Rapport intermédiaire"));
    expect(textOf(view)).toContain("en retard de 3 j");
    expect(textOf(view)).toContain("Déposé");
    expect(textOf(view)).toContain("120 000 €");
  });

  it("asks for the amount granted when a project is accepted, and sends it in cents", async () => {
    const id = cooperationProject().id;
    go(`/erasmus/cooperation/${id}`);
    let answer: { status?: number; body: unknown } = { status: 400, body: problem(400, "validation", [{ path: "body.grantedCents", message: "Give the amount granted." }]) };
    const api = fakeApi({
      [`GET /api/erasmus/cooperation-projects/${id}`]: () => ({ body: cooperationProject() }),
      [`POST /api/erasmus/cooperation-projects/${id}/stage`]: () => answer,
      "GET /api/erasmus/cooperation-projects": () => ({ body: page([]) }),
    });
    const view = render(<App basePath="/erasmus" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("LARINUM"));
    click(getButton(view, "Passer à l'étape"));
    await waitFor(() => expect(textOf(view)).toContain("Give the amount granted."));
    answer = { body: { ...cooperationProject({ stage: "accepted", grantedCents: 39_000_000, version: 4 }), deadlines: undefined, meetings: undefined } };
    type(getByLabel(view, "Montant accordé"), "390 000");
    click(getButton(view, "Passer à l'étape"));
    await waitFor(() => expect(textOf(view)).toContain("Étape enregistrée : Accepté."));
    expect(api.calls.filter((c) => c.method === "POST").at(-1)!.body).toMatchObject({ stage: "accepted", version: 3, grantedCents: 39_000_000 });
  });

  it("reads euros and partners as typed", () => {
    expect(centsOf("1 234,50")).toBe(123_450);
    expect(Number.isNaN(centsOf(""))).toBe(true);
    expect(partnersOf("Univerzita Karlova ; cz\n\nUW; PL")).toEqual([
      { partnerId: null, name: "Univerzita Karlova", countryCode: "CZ", role: "partner" },
      { partnerId: null, name: "UW", countryCode: "PL", role: "partner" },
    ]);
  });
});
