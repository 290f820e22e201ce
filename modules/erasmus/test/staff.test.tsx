import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { staffBody, emptyStaffDraft } from "../src/staff/staff-form";
import { cleanup, click, getButton, getByLabel, getHeading, render, textOf, type, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { officer, page, reader } from "./fixtures";
import { staffMobility } from "./fixtures-b";

const go = (path: string) => window.history.replaceState(null, "", path);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("staff mobilities", () => {
  it("lists the mobilities with their status, filters by type and links to the new application (team only)", async () => {
    go("/erasmus/staff-mobilities");
    const api = fakeApi({ "GET /api/erasmus/staff-mobilities": () => ({ body: page([staffMobility()]) }) });
    const view = render(<App basePath="/erasmus" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("Morel Claire"));
    expect(textOf(view)).toContain("Candidature");
    expect(textOf(view)).toContain("Nouvelle candidature");
    type(getByLabel(view, "Type"), "training");
    await waitFor(() => expect(api.calls.at(-1)!.query.get("type")).toBe("training"));
    cleanup();
    go("/erasmus/staff-mobilities");
    const readerView = render(<App basePath="/erasmus" locale="en" user={reader} />);
    await waitFor(() => expect(textOf(readerView)).toContain("Morel Claire"));
    expect(textOf(readerView)).not.toContain("New application");
  });

  it("shows the server's field error next to the end date of a new application", async () => {
    go("/erasmus/staff-mobilities/new");
    const api = fakeApi({ "POST /api/erasmus/staff-mobilities": () => ({ status: 400, body: problem(400, "validation", [{ path: "body.endDate", message: "The end date is before the start date." }]) }) });
    const view = render(<App basePath="/erasmus" locale="fr" user={officer} />);
    expect(getHeading(view, 1)).toBe("Nouvelle candidature de mobilité du personnel");
    type(getByLabel(view, "Nom"), "Morel");
    type(getByLabel(view, "Début"), "2027-03-08");
    type(getByLabel(view, "Fin"), "2027-03-01");
    click(getButton(view, "Enregistrer"));
    await waitFor(() => expect(getByLabel(view, "Fin").getAttribute("aria-invalid")).toBe("true"));
    expect(textOf(view)).toContain("The end date is before the start date.");
    expect(api.calls[0]!.body).toMatchObject({ participant: { lastName: "Morel" }, startDate: "2027-03-08", endDate: "2027-03-01" });
  });

  it("selects an application with a score and announces the new status", async () => {
    go(`/erasmus/staff-mobilities/${staffMobility().id}`);
    const api = fakeApi({
      [`GET /api/erasmus/staff-mobilities/${staffMobility().id}`]: () => ({ body: staffMobility() }),
      [`POST /api/erasmus/staff-mobilities/${staffMobility().id}/steps`]: () => ({ body: staffMobility({ status: "selected", selectionScore: 80, decidedOn: "2026-11-20", version: 2 }) }),
    });
    const view = render(<App basePath="/erasmus" locale="fr" user={officer} />);
    await waitFor(() => expect(getHeading(view, 1)).toBe("Claire Morel"));
    type(getByLabel(view, "Note de sélection"), "80");
    click(getButton(view, "Sélectionner"));
    await waitFor(() => expect(textOf(view)).toContain("Étape enregistrée : Sélectionnée."));
    expect(api.calls.find((c) => c.method === "POST")!.body).toMatchObject({ step: "select", version: 1, score: 80 });
    expect(textOf(view)).toContain("Accord de mobilité signé");
  });

  it("turns the typed form into the contract's body (department upper-cased, no hours for training)", () => {
    const body = staffBody({ ...emptyStaffDraft, type: "training", department: "llce", hostCountry: "es", distanceKm: "1020", teachingHours: "8" });
    expect(body).toMatchObject({ type: "training", teachingHours: null, distanceKm: 1020, participant: { department: "LLCE" }, host: { countryCode: "ES" } });
  });
});
