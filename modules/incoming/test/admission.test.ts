import { afterEach, describe, expect, it, vi } from "vitest";
import { REGISTRATION_STEPS, type RegistrationChecklist } from "@orbis/contracts/incoming";
import { fakeApi, problem } from "./fake-api";
import { STUDENT_ID, coordinator, officer, student } from "./fixtures";
import { button, buttonsNamed, cleanup, control, renderApp, required, rowText, textOf, typeInto, waitFor } from "./mount";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const path = `/api/incoming/students/${STUDENT_ID}`;
const checklist = (overrides: Partial<RegistrationChecklist> = {}): RegistrationChecklist => ({
  studentId: STUDENT_ID,
  version: 3,
  status: "admitted",
  studentNumber: null,
  steps: REGISTRATION_STEPS.map((step) => ({ step, status: "todo", date: null, note: null, documentId: null })),
  ...overrides,
});
const sideQueries = {
  [`GET ${path}/documents`]: () => ({ body: { items: [] } }),
  [`GET ${path}/difficulties`]: () => ({ body: { items: [] } }),
  [`GET ${path}/registration`]: () => ({ body: checklist() }),
};

describe("admission decision", () => {
  it("asks for the reason of a refusal before sending it, then shows the server's field error and the refusal", async () => {
    let answer: { status: number; body: unknown } = { status: 400, body: problem(400, "validation", [{ path: "body.reason", message: "Give the reason for the refusal (5 characters at least)" }]) };
    const api = fakeApi({
      ...sideQueries,
      [`GET ${path}`]: () => ({ body: student({ status: "nominated", studentNumber: null, actualArrival: null }) }),
      [`POST ${path}/decision`]: () => answer,
    });
    renderApp(`/incoming/students/${STUDENT_ID}`, coordinator);
    await waitFor(() => expect(control("Décision")).toBeTruthy());
    await typeInto(control("Décision"), "refuse");
    button("Enregistrer la décision").click();
    await waitFor(() => expect(textOf(document.body)).toContain("Indiquez le motif du refus."));
    expect(control("Motif du refus").getAttribute("aria-invalid")).toBe("true");
    expect(api.calls.some((c) => c.method === "POST")).toBe(false);

    await typeInto(control("Motif du refus"), "Non");
    button("Enregistrer la décision").click();
    await waitFor(() => expect(textOf(document.body)).toContain("5 characters at least"));
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({ version: 1, decision: "refuse", reason: "Non" });

    answer = { status: 200, body: student({ status: "refused", version: 2, studentNumber: null, actualArrival: null }) };
    await typeInto(control("Motif du refus"), "Niveau de langue insuffisant");
    button("Enregistrer la décision").click();
    await waitFor(() => expect(textOf(document.querySelector("[role=status]"))).toContain("Décision enregistrée"));
    expect(textOf(document.body)).toContain("La candidature est décidée.");
  });

  it("links the acceptance letter in French and English once admitted", async () => {
    fakeApi({ ...sideQueries, [`GET ${path}`]: () => ({ body: student({ status: "admitted", studentNumber: null, actualArrival: null }) }) });
    renderApp(`/incoming/students/${STUDENT_ID}`, officer);
    await waitFor(() => expect(textOf(document.body)).toContain("Lettre d'admission (anglais)"));
    const links = [...document.querySelectorAll("a")].filter((a) => a.getAttribute("href")?.includes("acceptance-letter")).map((a) => a.getAttribute("href"));
    expect(links).toEqual([`${path}/acceptance-letter?lang=fr`, `${path}/acceptance-letter?lang=en`]);
  });
});

describe("registration checklist", () => {
  it("sets a step done with its date and shows the checklist the service answers", async () => {
    const api = fakeApi({
      ...sideQueries,
      [`GET ${path}`]: () => ({ body: student({ status: "admitted", version: 3, studentNumber: null, actualArrival: null }) }),
      [`PUT ${path}/registration/student-number`]: () => ({
        body: checklist({ version: 4, studentNumber: "26001234", steps: checklist().steps.map((s) => (s.step === "student-number" ? { ...s, status: "done", date: "2026-09-02" } : s)) }),
      }),
    });
    renderApp(`/incoming/students/${STUDENT_ID}`, officer);
    await waitFor(() => expect(buttonsNamed("Modifier l'étape « Numéro étudiant »").length).toBe(1));
    // A short visible label keeps the table within its card (the step's name is in the row header).
    expect(textOf(button("Modifier l'étape « Numéro étudiant »"))).toBe("Modifier");
    const stepRow = () => [...document.querySelectorAll("tr")].find((r) => textOf(r.querySelector("th")) === "Numéro étudiant")!;
    expect(rowText(stepRow())).toContain("À faire");
    button("Modifier l'étape « Numéro étudiant »").click();
    const form = await waitFor(() => required(document.querySelector("form.inc-step-form"), "step form"));
    await typeInto(control("Date", form), "2026-09-02");
    await typeInto(control("Numéro étudiant", form), "26001234");
    button("Enregistrer l'étape").click();
    await waitFor(() => expect(api.calls.some((c) => c.method === "PUT")).toBe(true));
    expect(api.calls.find((c) => c.method === "PUT")!.body).toEqual({ version: 3, status: "done", date: "2026-09-02", studentNumber: "26001234" });
    await waitFor(() => expect(textOf(document.querySelector("[role=status]"))).toContain("Étape « Numéro étudiant » enregistrée."));
    expect(rowText(stepRow())).toContain("Fait 2026-09-02 26001234");
  });
});

describe("presence dashboard", () => {
  it("shows the figures, who is here and who arrives, by department", async () => {
    const here = { id: STUDENT_ID, firstName: "Lena", lastName: "Wagner", department: "CHINESE", homeInstitutionName: "Heidelberg", status: "arrived", arrival: "2026-09-02", departure: "2027-01-31" };
    fakeApi({
      "GET /api/incoming/dashboard/presence": () => ({
        body: {
          today: "2026-09-10",
          present: [here],
          arrivingSoon: [{ ...here, id: "7f1c2a1e-7a55-4b7e-9d7a-0c1d2e3f4a5b", firstName: "Ada", lastName: "Okafor", department: "LAW", status: "enrolled", arrival: "2026-10-01" }],
          byDepartment: [
            { department: "CHINESE", present: 1, arriving: 0 },
            { department: "LAW", present: 0, arriving: 1 },
          ],
        },
      }),
    });
    renderApp("/incoming/presence", officer);
    await waitFor(() => expect(textOf(document.querySelector("[role=status].inc-count"))).toBe("1 présent(s), 1 arrivée(s) dans les 30 jours."));
    const tables = [...document.querySelectorAll("table")];
    expect([...tables[0]!.querySelectorAll("tbody tr")].map(rowText)).toEqual(["CHINESE 1 0", "LAW 0 1"]);
    expect(rowText(tables[1]!.querySelector("tbody tr"))).toContain("WAGNER Lena CHINESE");
    expect(rowText(tables[2]!.querySelector("tbody tr"))).toContain("OKAFOR Ada LAW");
    expect(document.querySelector("nav a[aria-current='page']")?.textContent).toBe("Présence");
  });
});

describe("nomination form and import", () => {
  it("sends the nomination and shows the service's field errors next to the inputs", async () => {
    const api = fakeApi({
      "GET /api/identity/departments": () => ({ body: { items: [{ code: "CHINESE", nameFr: "Études chinoises", nameEn: "Chinese studies", active: true, version: 1, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z" }], total: 1 } }),
      "GET /api/agreements/partners": () => ({ body: { items: [], total: 0 } }),
      "POST /api/incoming/students": () => ({ status: 400, body: problem(400, "validation", [{ path: "body.homeCountry", message: "Give the partner, or the home institution's name and country" }]) }),
    });
    renderApp("/incoming/students/new", officer);
    await waitFor(() => expect(control("Département d'accueil").querySelectorAll("option").length).toBe(2));
    await typeInto(control("Prénom"), "Ada");
    await typeInto(control("Nom de l'établissement"), "University of Lagos");
    await typeInto(control("Programme"), "FREE_MOVER");
    button("Enregistrer la nomination").click();
    await waitFor(() => expect(control("Pays de l'établissement").getAttribute("aria-invalid")).toBe("true"));
    expect(textOf(document.body)).toContain("home institution's name and country");
    expect(api.calls.find((c) => c.method === "POST")!.body).toMatchObject({ firstName: "Ada", homeInstitutionName: "University of Lagos", programme: "FREE_MOVER" });
  });

  it("previews an import file with the rows and their errors", async () => {
    const api = fakeApi({
      "POST /api/incoming/students/import": () => ({
        body: { rows: 2, valid: 1, written: 0, errors: [{ row: 3, path: "email", message: "Invalid email" }], preview: [{ row: 2, name: "Lena Wagner", email: "l@uni.de", department: "CHINESE", home: "Heidelberg" }, { row: 3, name: "Bad Row", email: "x", department: "LAW", home: "" }] },
      }),
    });
    renderApp("/incoming/students/import", officer);
    button("Envoyer").click();
    await waitFor(() => expect(textOf(document.body)).toContain("Choisissez un fichier."));
    const input = control("Fichier de nominations");
    Object.defineProperty(input, "files", { value: [new File(["a;b"], "n.csv", { type: "text/csv" })] });
    input.dispatchEvent(new Event("change"));
    button("Envoyer").click();
    await waitFor(() => expect(textOf(document.querySelector("[role=status].inc-count"))).toBe("2 ligne(s) lue(s), 1 valide(s), 0 enregistrée(s)."));
    expect(api.calls[0]!.path).toBe("/api/incoming/students/import");
    expect(api.calls[0]!.query.get("mode")).toBe("preview");
    const tables = [...document.querySelectorAll("table")];
    expect(rowText(tables[0]!.querySelector("tbody tr"))).toBe("3 email Invalid email");
    expect([...tables[1]!.querySelectorAll("tbody tr")].map((r) => rowText(r).trim())).toEqual(["2 Lena Wagner l@uni.de CHINESE Heidelberg", "3 Bad Row x LAW"]);
  });
});
