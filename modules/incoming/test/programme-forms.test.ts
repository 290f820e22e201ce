import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProgrammeDetail } from "@orbis/contracts/incoming";
import { fakeApi, problem } from "./fake-api";
import { coordinator, officer, page } from "./fixtures";
import { COHORT_ID, cohortDetail } from "./life-fixtures";
import { button, cleanup, control, renderApp, textOf, typeInto, waitFor } from "./mount";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const programme: ProgrammeDetail = { ...cohortDetail().programme, cohorts: [] };
const COURSE_ID = cohortDetail().courses[0]!.id;
const fieldError = (label: string) => textOf(control(label).closest(".o-field"));
const postBody = (api: ReturnType<typeof fakeApi>, path: string) => api.calls.find((c) => c.method === "POST" && c.path === path)?.body;

describe("programmes", () => {
  it("creates a programme and shows a refused code next to its field", async () => {
    const api = fakeApi({
      "GET /api/incoming/programmes": () => ({ body: [] }),
      "POST /api/incoming/programmes": () => ({ status: 400, body: problem(400, "validation", [{ path: "body.code", message: "Code: 2 to 20 capitals, digits or dashes" }]) }),
    });
    renderApp("/incoming/programmes", officer);
    await waitFor(() => expect(control("Code")).toBeTruthy());
    await typeInto(control("Code"), "fle");
    await typeInto(control("Intitulé"), "Semestre FLE");
    await typeInto(control("Type"), "fle-semester");
    button("Créer").click();
    await waitFor(() => expect(control("Code").getAttribute("aria-invalid")).toBe("true"));
    expect(fieldError("Code")).toContain("2 to 20 capitals");
    expect(postBody(api, "/api/incoming/programmes")).toEqual({ code: "fle", name: "Semestre FLE", kind: "fle-semester" });
  });

  it("opens a cohort with its fee typed in euros and sent in cents", async () => {
    const api = fakeApi({
      [`GET /api/incoming/programmes/${programme.id}`]: () => ({ body: programme }),
      [`POST /api/incoming/programmes/${programme.id}/cohorts`]: () => ({ status: 400, body: problem(400, "validation", [{ path: "body.endDate", message: "Ends before it starts" }]) }),
    });
    renderApp(`/incoming/programmes/${programme.id}`, officer, "en");
    await waitFor(() => expect(control("Academic year")).toBeTruthy());
    await typeInto(control("Academic year"), "2026");
    await typeInto(control("Start"), "2026-09-07");
    await typeInto(control("End"), "2026-01-29");
    await typeInto(control("Places"), "25");
    await typeInto(control("Fee (€)"), "1200.5");
    button("Open a cohort").click();
    await waitFor(() => expect(control("End").getAttribute("aria-invalid")).toBe("true"));
    expect(fieldError("End")).toContain("Ends before it starts");
    expect(postBody(api, `/api/incoming/programmes/${programme.id}/cohorts`)).toEqual({ academicYear: 2026, startDate: "2026-09-07", endDate: "2026-01-29", capacity: 25, feeCents: 120050 });
  });

  it("shows a coordinator no programme or cohort form", async () => {
    fakeApi({ [`GET /api/incoming/programmes/${programme.id}`]: () => ({ body: programme }) });
    renderApp(`/incoming/programmes/${programme.id}`, coordinator, "en");
    await waitFor(() => expect(textOf(document.querySelector("h1"))).toBe("DU passerelle"));
    expect(document.querySelector("form")).toBeNull();
  });
});

describe("cohort courses and classes", () => {
  it("adds a course and schedules a class, each refusal shown next to its field", async () => {
    const api = fakeApi({
      [`GET /api/incoming/cohorts/${COHORT_ID}`]: () => ({ body: cohortDetail() }),
      "GET /api/incoming/students": () => ({ body: page([]) }),
      [`POST /api/incoming/cohorts/${COHORT_ID}/courses`]: () => ({ status: 400, body: problem(400, "validation", [{ path: "body.title", message: "The cohort already has this course" }]) }),
      [`POST /api/incoming/cohort-courses/${COURSE_ID}/sessions`]: () => ({ status: 400, body: problem(400, "validation", [{ path: "body.date", message: "Outside the cohort's dates" }]) }),
    });
    renderApp(`/incoming/cohorts/${COHORT_ID}`, officer);
    await waitFor(() => expect(control("Intitulé du cours")).toBeTruthy());
    await typeInto(control("Intitulé du cours"), "Phonétique");
    await typeInto(control("Heures"), "30");
    button("Ajouter un cours").click();
    await waitFor(() => expect(control("Intitulé du cours").getAttribute("aria-invalid")).toBe("true"));
    expect(fieldError("Intitulé du cours")).toContain("The cohort already has this course");
    expect(postBody(api, `/api/incoming/cohorts/${COHORT_ID}/courses`)).toEqual({ title: "Phonétique", hours: 30 });

    expect(control("Cours de la séance").value).toBe(COURSE_ID);
    await typeInto(control("Date de la séance"), "2027-03-01");
    button("Programmer une séance").click();
    await waitFor(() => expect(control("Date de la séance").getAttribute("aria-invalid")).toBe("true"));
    expect(fieldError("Date de la séance")).toContain("Outside the cohort's dates");
    expect(postBody(api, `/api/incoming/cohort-courses/${COURSE_ID}/sessions`)).toEqual({ date: "2027-03-01" });
  });
});
