import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { cleanup, click, getButton, getByLabel, getHeading, render, textOf, type, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { officer, page } from "./fixtures";
import { allocationRun, call, CALL_ID, destination, DESTINATION_ID, OTHER_DESTINATION_ID } from "./selection-fixtures";

function go(path: string) {
  window.history.replaceState(null, "", path);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("selection pages", () => {
  it("creates an application and shows the server's error next to the choice at fault", async () => {
    go(`/outgoing/calls/${CALL_ID}/applications/new`);
    const api = fakeApi({
      [`GET /api/outgoing/calls/${CALL_ID}/destinations`]: () => ({ body: { items: [destination(), destination({ id: OTHER_DESTINATION_ID, partnerName: "Università di Bologna", partnerCountry: "IT" })] } }),
      [`POST /api/outgoing/calls/${CALL_ID}/applications`]: () => ({
        status: 400,
        body: { ...problem(400, "validation", [{ path: "body.choices.1", message: "Università di Bologna's agreement does not serve LAW" }]), detail: "Some choices cannot be made by this student." },
      }),
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    expect(getHeading(view, 1)).toBe("Nouvelle candidature");
    type(getByLabel(view, "Numéro étudiant"), "22001234");
    type(getByLabel(view, "Prénom"), "Camille");
    type(getByLabel(view, "Nom"), "Martin");
    type(getByLabel(view, "Courriel"), "camille.martin@etu.orbis.test");
    type(getByLabel(view, "Département"), "law");
    type(getByLabel(view, "Moyenne sur 20"), "14,5");
    await waitFor(() => expect(getByLabel(view, "Vœu 1").querySelectorAll("option")).toHaveLength(3));
    type(getByLabel(view, "Vœu 1"), DESTINATION_ID);
    type(getByLabel(view, "Vœu 2"), OTHER_DESTINATION_ID);
    click(getButton(view, "Enregistrer"));

    await waitFor(() => expect(getByLabel(view, "Vœu 2").getAttribute("aria-invalid")).toBe("true"));
    const second = getByLabel(view, "Vœu 2");
    expect(textOf(document.getElementById(`${second.id}-error`)!)).toBe("Università di Bologna's agreement does not serve LAW");
    expect(getByLabel(view, "Vœu 1").getAttribute("aria-invalid")).toBeNull();
    expect(textOf(view.querySelector("[role=alert]")!)).toContain("Corrigez les champs signalés.");
    const posted = api.calls.find((c) => c.method === "POST")!.body as Record<string, unknown>;
    expect(posted).toMatchObject({ studentNumber: "22001234", department: "LAW", gradeAverage: 14.5, choices: [DESTINATION_ID, OTHER_DESTINATION_ID], languageCertificate: null });
  });

  it("runs the allocation, explains each result in French, then publishes", async () => {
    go(`/outgoing/calls/${CALL_ID}/allocation`);
    let status: "closed" | "published" = "closed";
    const run = allocationRun();
    fakeApi({
      [`GET /api/outgoing/calls/${CALL_ID}`]: () => ({ body: call({ status }) }),
      [`GET /api/outgoing/calls/${CALL_ID}/destinations`]: () => ({ body: { items: [destination(), destination({ id: OTHER_DESTINATION_ID, partnerName: "Università di Bologna" })] } }),
      [`GET /api/outgoing/calls/${CALL_ID}/allocation`]: () => ({ status: 404, body: problem(404, "not_found") }),
      [`POST /api/outgoing/calls/${CALL_ID}/allocation`]: () => ({ status: 201, body: run }),
      [`POST /api/outgoing/calls/${CALL_ID}/allocation/publish`]: () => {
        status = "published";
        return { body: { ...run, publishedAt: "2026-02-11T09:00:00.000Z" } };
      },
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("L'affectation n'a pas encore été lancée."));
    click(getButton(view, "Lancer l'affectation"));
    await waitFor(() => expect(view.querySelectorAll("tbody tr")).toHaveLength(2));
    const rows = [...view.querySelectorAll("tbody tr")].map(textOf);
    expect(rows[0]).toContain("Universität Heidelberg — vœu 1");
    expect(rows[1]).toContain("Università di Bologna — vœu 2");
    expect(rows[1]).toContain("vœu 1 complet : pris par Alice Martin, mieux classé(e) ; obtient le vœu 2");
    expect(textOf(view.querySelector("[role=status]")!)).toContain("Affectation calculée : 2 étudiant(s) affecté(s) sur 2.");
    click(getButton(view, "Publier les résultats"));
    await waitFor(() => expect(textOf(view)).toContain("Résultats publiés le 2026-02-11."));
    // Published: the allocation can no longer run.
    await waitFor(() => expect([...view.querySelectorAll("button")].map(textOf)).not.toContain("Lancer l'affectation"));
  });

  it("lists the calls under the new sub-navigation entry", async () => {
    go("/outgoing/calls");
    fakeApi({ "GET /api/outgoing/calls": () => ({ body: page([call({ status: "open" })]) }) });
    const view = render(<App basePath="/outgoing" locale="en" user={officer} />);
    await waitFor(() => expect(textOf(view.querySelector("tbody tr")!)).toContain("Erasmus+ études 2026-2027"));
    expect(textOf(view.querySelector("tbody tr")!)).toContain("Open");
    expect(view.querySelector("nav a[aria-current=page]")!.textContent).toBe("Calls and selection");
  });
});

describe("call page", () => {
  it("syncs the destinations and closes the call, announcing both", async () => {
    go(`/outgoing/calls/${CALL_ID}`);
    let current = call({ status: "open", version: 2 });
    const api = fakeApi({
      [`GET /api/outgoing/calls/${CALL_ID}`]: () => ({ body: current }),
      [`GET /api/outgoing/calls/${CALL_ID}/destinations`]: () => ({ body: { items: [] } }),
      [`POST /api/outgoing/calls/${CALL_ID}/destinations/sync`]: () => ({ body: { added: 1, updated: 0, noLongerInForce: 0, items: [destination({ places: 4 })] } }),
      [`POST /api/outgoing/calls/${CALL_ID}/status`]: () => {
        current = call({ status: "closed", version: 3 });
        return { body: current };
      },
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("Aucune destination : synchronisez avec les accords en vigueur."));
    click(getButton(view, "Synchroniser avec les accords"));
    await waitFor(() => expect(textOf(view.querySelector("tbody tr")!)).toContain("Universität Heidelberg"));
    expect(textOf(view.querySelector("tbody tr")!)).toContain("4");
    expect(textOf(view.querySelector("[role=status]")!)).toContain("1 ajoutée(s)");
    click(getButton(view, "Clore l'appel"));
    await waitFor(() => expect(textOf(view.querySelector("[role=status]")!)).toContain("Statut de l'appel : Clos."));
    expect(api.calls.find((c) => c.path.endsWith("/status"))!.body).toEqual({ version: 2, status: "closed" });
    expect(getButton(view, "Rouvrir l'appel")).toBeTruthy();
  });
});

describe("new call", () => {
  it("sends the rules and shows the deadline error next to its field", async () => {
    go("/outgoing/calls/new");
    const api = fakeApi({
      "POST /api/outgoing/calls": () => ({ status: 400, body: problem(400, "validation", [{ path: "body.closesOn", message: "The deadline cannot come before the opening date" }]) }),
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    type(getByLabel(view, "Intitulé"), "Erasmus+ 2027");
    type(getByLabel(view, "Ouverture des candidatures"), "2026-11-01");
    type(getByLabel(view, "Date limite"), "2026-10-01");
    type(getByLabel(view, "Moyenne minimale"), "11,5");
    type(getByLabel(view, "Pièces demandées"), "Relevé de notes, CV");
    click(getButton(view, "Enregistrer"));
    await waitFor(() => expect(getByLabel(view, "Date limite").getAttribute("aria-invalid")).toBe("true"));
    expect(textOf(document.getElementById(`${getByLabel(view, "Date limite").id}-error`)!)).toBe("The deadline cannot come before the opening date");
    expect(api.calls[0]!.body).toMatchObject({ title: "Erasmus+ 2027", closesOn: "2026-10-01", eligibility: { levels: ["L2", "L3", "M1"], minGradeAverage: 11.5, languageCertificateRequired: false, minCefr: null }, requiredDocuments: ["Relevé de notes", "CV"] });
  });
});

describe("application page", () => {
  it("shows why an application is not eligible, its documents, and withdraws it with a reason", async () => {
    const APPLICATION_ID = "9e0f1a2b-3c4d-4e5f-8a7b-8c9d0e1f2a3b";
    const application = {
      id: APPLICATION_ID, callId: CALL_ID, studentNumber: "22001234", firstName: "Camille", lastName: "Martin", email: "camille.martin@etu.orbis.test", department: "LAW", level: "L3", sex: "F", nationality: "FR",
      scholarshipHolder: false, disability: false, fewerOpportunities: false, gradeAverage: 9, languageCertificate: null, choices: [DESTINATION_ID], status: "submitted", withdrawnReason: null,
      eligibility: { eligible: false, reasons: ["Grade average 9/20 is below the minimum 10/20"] }, documentKinds: ["CV"], version: 4, createdAt: "2026-01-02T10:00:00.000Z", updatedAt: "2026-01-02T10:00:00.000Z",
    };
    go(`/outgoing/calls/${CALL_ID}/applications/${APPLICATION_ID}`);
    const api = fakeApi({
      [`GET /api/outgoing/applications/${APPLICATION_ID}`]: () => ({ body: application }),
      [`GET /api/outgoing/calls/${CALL_ID}`]: () => ({ body: call({ requiredDocuments: ["CV", "Relevé de notes"] }) }),
      [`GET /api/outgoing/calls/${CALL_ID}/destinations`]: () => ({ body: { items: [destination()] } }),
      [`GET /api/outgoing/applications/${APPLICATION_ID}/documents`]: () => ({
        body: { items: [{ id: DESTINATION_ID, applicationId: APPLICATION_ID, kind: "CV", filename: "cv.pdf", contentType: "application/pdf", sizeBytes: 10, sha256: "b".repeat(64), uploadedBy: "outgoing@orbis.test", uploadedAt: "2026-01-03T10:00:00.000Z" }] },
      }),
      [`POST /api/outgoing/applications/${APPLICATION_ID}/withdraw`]: () => ({ body: { ...application, status: "withdrawn", withdrawnReason: "Renonce", version: 5 } }),
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(getHeading(view, 1)).toBe("Modifier la candidature"));
    expect(textOf(view)).toContain("Grade average 9/20 is below the minimum 10/20");
    await waitFor(() => expect(textOf(view)).toContain("CV — cv.pdf"));
    type(getByLabel(view, "Motif du retrait"), "Renonce");
    click(getButton(view, "Retirer la candidature"));
    await waitFor(() => expect(textOf(view.querySelector("[role=status]")!)).toContain("Candidature retirée."));
    expect(api.calls.find((c) => c.path.endsWith("/withdraw"))!.body).toEqual({ version: 4, reason: "Renonce" });
  });
});
