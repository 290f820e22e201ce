import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Recognition } from "@orbis/contracts/outgoing";
import { App } from "../src/App";
import { cleanup, click, getButton, getByLabel, getDialog, getHeading, render, textOf, type, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { coordinator, mobility, officer } from "./fixtures";

const m = mobility({ status: "completed", partnerId: "0b6a3f0e-2d1c-4c55-9a57-6d7e8f901234" });
const scale = { source: "partner-table", tableId: "1b6a3f0e-2d1c-4c55-9a57-6d7e8f901234", label: "Heidelberg", homeTableId: null, homeLabel: "Distribution par défaut", grades: ["1.0", "1.3", "1.7"], failing: ["5.0"] };

const saved: Recognition = {
  id: "2b6a3f0e-2d1c-4c55-9a57-6d7e8f901234",
  mobilityId: m.id,
  version: 1,
  scale: { source: "partner-table", tableId: scale.tableId, label: "Heidelberg", homeTableId: null, homeLabel: "Distribution par défaut" },
  components: [
    {
      hostCode: "LIN101",
      hostTitle: "Linguistik",
      grade: "1.3",
      hostCredits: 6,
      homeCourseCode: "CH301",
      homeCourseTitle: "Linguistique chinoise",
      recognisedCredits: 6,
      gradeOverride: null,
      decision: "full",
      decisionReason: "",
      converted: { computed: 15.4, range: "14-16", grade: 15.4, overridden: false, passing: true },
    },
  ],
  totals: { hostCredits: 6, recognisedCredits: 6 },
  decidedBy: "coord@orbis.test",
  createdAt: "2027-02-01T10:00:00.000Z",
  updatedAt: "2027-02-01T10:00:00.000Z",
};

beforeEach(() => window.history.replaceState(null, "", `/outgoing/mobilities/${m.id}/recognition`));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function fill(view: HTMLElement, grade: string) {
  type(getByLabel(view, "Code (accueil) (1)"), "LIN101");
  type(getByLabel(view, "Intitulé (accueil) (1)"), "Linguistik");
  type(getByLabel(view, "Note obtenue (1)"), grade);
  type(getByLabel(view, "ECTS obtenus (1)"), "6");
  type(getByLabel(view, "Code du cours reconnu (1)"), "CH301");
  type(getByLabel(view, "Cours reconnu (1)"), "Linguistique chinoise");
  type(getByLabel(view, "ECTS reconnus (1)"), "6");
}

describe("recognition page", () => {
  it("shows the server's field error next to the grade of the component at fault", async () => {
    const api = fakeApi({
      [`GET /api/outgoing/mobilities/${m.id}`]: () => ({ body: m }),
      [`GET /api/outgoing/mobilities/${m.id}/recognition/scale`]: () => ({ body: scale }),
      [`GET /api/outgoing/mobilities/${m.id}/recognition`]: () => ({ status: 404, body: problem(404, "not_found") }),
      [`PUT /api/outgoing/mobilities/${m.id}/recognition`]: () => ({
        status: 400,
        body: problem(400, "validation", [{ path: "body.components.0.grade", message: "Grade 1.5 is not in the scale used (Heidelberg)" }]),
      }),
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={coordinator} />);
    await waitFor(() => expect(getHeading(view, 1)).toBe("Reconnaissance des études"));
    expect(textOf(view)).toContain("Notes acceptées : 1.0, 1.3, 1.7");
    fill(view, "1.5");
    click(getButton(view, "Enregistrer"));
    const grade = getByLabel(view, "Note obtenue (1)");
    await waitFor(() => expect(grade.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = grade.getAttribute("aria-describedby")!;
    expect(textOf(document.getElementById(describedBy)!)).toBe("Grade 1.5 is not in the scale used (Heidelberg)");
    expect(getByLabel(view, "Code (accueil) (1)").getAttribute("aria-invalid")).toBeNull();
    expect(textOf(view.querySelector("[role=alert]")!)).toContain("Corrigez les champs signalés.");
    const body = api.calls.find((c) => c.method === "PUT")!.body as { version?: number; components: Array<Record<string, unknown>> };
    expect(body.version).toBeUndefined();
    expect(body.components[0]).toMatchObject({ grade: "1.5", hostCredits: 6, recognisedCredits: 6, decision: "full", gradeOverride: null });
  });

  it("saves with the version read and shows the converted grades and the PDF links", async () => {
    const api = fakeApi({
      [`GET /api/outgoing/mobilities/${m.id}`]: () => ({ body: m }),
      [`GET /api/outgoing/mobilities/${m.id}/recognition/scale`]: () => ({ body: scale }),
      [`GET /api/outgoing/mobilities/${m.id}/recognition`]: () => ({ body: saved }),
      [`PUT /api/outgoing/mobilities/${m.id}/recognition`]: () => ({ body: { ...saved, version: 2 } }),
    });
    const view = render(<App basePath="/outgoing" locale="en" user={officer} />);
    await waitFor(() => expect(getHeading(view, 1)).toBe("Recognition of studies"));
    expect((getByLabel(view, "Grade obtained (1)") as HTMLInputElement).value).toBe("1.3");
    const row = view.querySelector("tbody tr")!;
    expect(textOf(row)).toContain("15.40");
    expect(textOf(row)).toContain("14-16");
    const links = [...view.querySelectorAll("a[download]")].map((a) => a.getAttribute("href"));
    expect(links).toEqual([`/api/outgoing/mobilities/${m.id}/recognition/pdf?lang=fr`, `/api/outgoing/mobilities/${m.id}/recognition/pdf?lang=en`]);
    click(getButton(view, "Save"));
    await waitFor(() => expect(textOf(view.querySelector("[role=status]")!)).toContain("Recognition saved (version 2)."));
    expect((api.calls.find((c) => c.method === "PUT")!.body as { version: number }).version).toBe(1);
  });

  it("after a stale version, reloads the current version and keeps the edits for the next save", async () => {
    let current = saved;
    const api = fakeApi({
      [`GET /api/outgoing/mobilities/${m.id}`]: () => ({ body: m }),
      [`GET /api/outgoing/mobilities/${m.id}/recognition/scale`]: () => ({ body: scale }),
      [`GET /api/outgoing/mobilities/${m.id}/recognition`]: () => ({ body: current }),
      [`PUT /api/outgoing/mobilities/${m.id}/recognition`]: (call) =>
        (call.body as { version: number }).version === 3 ? { body: { ...current, version: 4 } } : { status: 409, body: problem(409, "stale_version") },
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(getHeading(view, 1)).toBe("Reconnaissance des études"));
    type(getByLabel(view, "Note obtenue (1)"), "1.7");
    current = { ...saved, version: 3 };
    click(getButton(view, "Enregistrer"));
    await waitFor(() => expect(textOf(view)).toContain("modifié par quelqu'un d'autre"));
    click(getButton(view, "Recharger la version actuelle"));
    await waitFor(() => expect(textOf(view.querySelector(".o-status [role=status]")!)).toBe("Version actuelle chargée"));
    expect((getByLabel(view, "Note obtenue (1)") as HTMLInputElement).value).toBe("1.7");
    click(getButton(view, "Enregistrer"));
    await waitFor(() => expect(api.calls.filter((c) => c.method === "PUT").map((c) => (c.body as { version: number }).version)).toEqual([1, 3]));
    await waitFor(() => expect(textOf(view.querySelector(".o-status [role=status]")!)).toContain("version 4"));
    expect(api.calls.filter((c) => c.method === "PUT").map((c) => (c.body as { version: number; components: Array<{ grade: string }> }).components[0]!.grade)).toEqual(["1.7", "1.7"]);
  });
});

describe("grade tables page", () => {
  beforeEach(() => window.history.replaceState(null, "", "/outgoing/grade-tables"));

  it("checks the total of the percentages while typing and sends the table when it makes 100", async () => {
    const api = fakeApi({
      "GET /api/outgoing/grade-tables": () => ({ body: [] }),
      "POST /api/outgoing/grade-tables": (call) => ({ status: 201, body: { ...(call.body as object), id: "7f6a3f0e-2d1c-4c55-9a57-6d7e8f901234", version: 1, createdAt: saved.createdAt, updatedAt: saved.updatedAt } }),
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("Aucune table de notes."));
    click(getButton(view, "Nouvelle table"));
    const dialog = getDialog();
    type(getByLabel(dialog, "Type"), "country");
    type(getByLabel(dialog, "Code pays (ISO)"), "es");
    type(getByLabel(dialog, "Libellé"), "España");
    type(getByLabel(dialog, "Note 1"), "10");
    type(getByLabel(dialog, "Pourcentage de la note 1"), "40");
    type(getByLabel(dialog, "Note 2"), "5");
    type(getByLabel(dialog, "Pourcentage de la note 2"), "50");
    expect(textOf(dialog.querySelector("[role=status]")!)).toBe("Total : 90 % — le total doit faire 100 %.");
    expect(getButton(dialog, "Enregistrer").disabled).toBe(true);
    type(getByLabel(dialog, "Pourcentage de la note 2"), "60");
    expect(textOf(dialog.querySelector("[role=status]")!)).toBe("Total : 100 %");
    click(getButton(dialog, "Enregistrer"));
    await waitFor(() => expect(textOf(view.querySelector(".o-status [role=status]")!)).toBe("Table enregistrée."));
    expect(api.calls.find((c) => c.method === "POST")!.body).toEqual({
      kind: "country",
      partnerId: null,
      countryCode: "ES",
      iscedCode: null,
      label: "España",
      rows: [
        { grade: "10", percentage: 40 },
        { grade: "5", percentage: 60 },
      ],
    });
  });
});
