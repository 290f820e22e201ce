import { afterEach, describe, expect, it, vi } from "vitest";
import type { Course, CourseEnrolment, StudentCourse, Transcript } from "@orbis/contracts/incoming";
import { fakeApi, problem } from "./fake-api";
import { STUDENT_ID, coordinator, officer, page, student } from "./fixtures";
import { button, cleanup, control, renderApp, rowText, textOf, typeInto, waitFor } from "./mount";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const COURSE_ID = "0b9e1c7a-3d2f-4e5a-8b6c-7d8e9f0a1b2c";
const OTHER_ID = "1c0f2d8b-4e3a-4f6b-9c7d-8e9f0a1b2c3d";
const AT = "2026-09-10T10:00:00.000Z";

const course = (overrides: Partial<Course> = {}): Course => ({
  id: COURSE_ID,
  version: 1,
  code: "CHI-210",
  titleFr: "Civilisation chinoise",
  titleEn: "Chinese civilisation",
  titleEs: null,
  department: "CHINESE",
  semester: "S1",
  credits: 6,
  iscedCode: "0231",
  level: "L3",
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
});

const enrolment = (studentId: string, lastName: string, overrides: Partial<CourseEnrolment> = {}): CourseEnrolment => ({
  studentCourseId: `${studentId.slice(0, -4)}9999`,
  version: 2,
  studentId,
  firstName: "Lena",
  lastName,
  grade: null,
  result: null,
  ectsObtained: null,
  ectsGrade: null,
  ...overrides,
});

const line = (overrides: Partial<StudentCourse> = {}): StudentCourse => ({
  id: "2d1a3e9c-5f4b-4a7c-8d8e-9fa0b1c2d3e4",
  version: 1,
  studentId: STUDENT_ID,
  course: { id: COURSE_ID, code: "CHI-210", titleFr: "Civilisation chinoise", titleEn: "Chinese civilisation", titleEs: null, department: "CHINESE", semester: "S1", credits: 6 },
  status: "proposed",
  decisionComment: null,
  decidedBy: null,
  removedOn: null,
  removalReason: null,
  grade: null,
  result: null,
  ectsObtained: null,
  ectsGrade: null,
  gradedBy: null,
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
});

const transcript = (version: number, reason: string | null = null): Transcript => ({
  id: `3e2b4f0d-6a5c-4b8d-9e9f-a0b1c2d3e4f${version}`,
  studentId: STUDENT_ID,
  version,
  reason,
  issuedAt: "2027-02-10T09:30:00.000Z",
  issuedBy: "incoming@orbis.test",
  lines: [],
  totalCredits: 10.5,
  totalEctsObtained: 6,
});

const studentPageApi = (extra: Record<string, Parameters<typeof fakeApi>[0][string]> = {}) => ({
  [`GET /api/incoming/students/${STUDENT_ID}`]: () => ({ body: student() }),
  [`GET /api/incoming/students/${STUDENT_ID}/courses`]: () => ({ body: { courses: [], changes: [] } }),
  [`GET /api/incoming/students/${STUDENT_ID}/transcripts`]: () => ({ body: [] }),
  "GET /api/incoming/courses": () => ({ body: page([course()]) }),
  ...extra,
});

describe("academic pages", () => {
  it("lists the catalogue and shows the service's field error on the credits of a new course", async () => {
    const api = fakeApi({
      "GET /api/incoming/courses": () => ({ body: page([course()]) }),
      "POST /api/incoming/courses": () => ({ status: 400, body: problem(400, "validation", [{ path: "body.credits", message: "Too small: expected number to be >0" }]) }),
    });
    renderApp("/incoming/courses", officer);
    await waitFor(() => expect(rowText(document.querySelector("tbody tr"))).toContain("CHI-210"));
    expect(textOf(document.querySelector("caption"))).toBe("Cours du catalogue");
    await typeInto(control("Code du cours"), "CHI-300");
    await typeInto(control("Intitulé (français)"), "Calligraphie");
    await typeInto(control("Intitulé (anglais)"), "Calligraphy");
    await typeInto(control("Département"), "CHINESE");
    await typeInto(control("Crédits ECTS"), "0");
    await typeInto(control("Domaine ISCED-F"), "0231");
    button("Enregistrer le cours").click();
    await waitFor(() => expect(control("Crédits ECTS").getAttribute("aria-invalid")).toBe("true"));
    expect(textOf(document.body)).toContain("Too small");
    expect(api.calls.find((c) => c.method === "POST")!.body).toMatchObject({ code: "CHI-300", credits: 0, titleEs: null, department: "CHINESE" });
  });

  it("shows a grade of 21 refused on that student's row only, and saves the corrected grades", async () => {
    const first = "4f3c5a1e-7b6d-4c9e-8f0a-b1c2d3e4f5a6";
    const second = "5a4d6b2f-8c7e-4d0f-9a1b-c2d3e4f5a6b7";
    let saved: unknown;
    const api = fakeApi({
      [`GET /api/incoming/courses/${COURSE_ID}`]: () => ({ body: course() }),
      [`GET /api/incoming/courses/${COURSE_ID}/enrolments`]: () => ({ body: [enrolment(first, "Adler"), enrolment(second, "Braun")] }),
      [`PUT /api/incoming/courses/${COURSE_ID}/grades`]: (call) => {
        const grades = (call.body as { grades: Array<{ studentId: string; grade: number }> }).grades;
        const bad = grades.findIndex((g) => g.grade > 20);
        if (bad >= 0) return { status: 400, body: problem(400, "validation", [{ path: `body.grades.${bad}.grade`, message: "From 0 to 20" }]) };
        saved = grades;
        return { body: [enrolment(first, "Adler", { grade: 14.25, result: "passed", ectsObtained: 6, ectsGrade: "B", version: 3 }), enrolment(second, "Braun", { grade: 9, result: "failed", ectsObtained: 0, ectsGrade: "F", version: 3 })] };
      },
    });
    renderApp(`/incoming/courses/${COURSE_ID}/grades`, coordinator);
    await waitFor(() => expect(document.querySelectorAll("tbody tr")).toHaveLength(2));
    expect(textOf(document.querySelector("h1"))).toBe("Notes — CHI-210 Civilisation chinoise");
    await typeInto(control("Note sur 20 de ADLER Lena"), "14,25");
    await typeInto(control("Note sur 20 de BRAUN Lena"), "21");
    button("Enregistrer les notes").click();
    await waitFor(() => expect(control("Note sur 20 de BRAUN Lena").getAttribute("aria-invalid")).toBe("true"));
    const [adlerRow, braunRow] = [...document.querySelectorAll("tbody tr")];
    expect(textOf(braunRow)).toContain("From 0 to 20");
    expect(textOf(adlerRow)).not.toContain("From 0 to 20");
    expect(control("Note sur 20 de ADLER Lena").getAttribute("aria-invalid")).toBeNull();

    await typeInto(control("Note sur 20 de BRAUN Lena"), "9");
    button("Enregistrer les notes").click();
    await waitFor(() => expect(rowText(document.querySelectorAll("tbody tr")[0])).toContain("Validé"));
    expect(saved).toEqual([
      { studentId: first, grade: 14.25, version: 2 },
      { studentId: second, grade: 9, version: 2 },
    ]);
    expect(rowText(document.querySelectorAll("tbody tr")[1])).toContain("Non validé");
    expect(textOf(document.querySelector("[role=status]"))).toBe("2 notes enregistrées.");
    expect(api.calls.filter((c) => c.method === "PUT")).toHaveLength(2);
  });

  it("lets the course's coordinator reject a proposed course with a comment, and shows the service's field error", async () => {
    let decided: unknown;
    fakeApi(
      studentPageApi({
        [`GET /api/incoming/students/${STUDENT_ID}/courses`]: () => ({ body: { courses: [decided ? line({ status: "rejected", decisionComment: "Prérequis", version: 2 }) : line()], changes: [{ id: "6b5e7c3a-9d8f-4e1a-8b2c-d3e4f5a6b7c8", studentCourseId: line().id, courseCode: "CHI-210", change: "added", on: "2026-09-10", duringStay: true, reason: "Conflit d'horaires", actor: "coord@orbis.test" }] } }),
        [`POST /api/incoming/student-courses/${line().id}/decision`]: (call) => {
          const body = call.body as { decision: string; comment?: string };
          if (body.decision === "rejected" && !body.comment) return { status: 400, body: problem(400, "validation", [{ path: "body.comment", message: "A rejection needs a comment for the student." }]) };
          decided = body;
          return { body: line({ status: "rejected", decisionComment: body.comment ?? null, version: 2 }) };
        },
      }),
    );
    renderApp(`/incoming/students/${STUDENT_ID}`, coordinator);
    await waitFor(() => expect(textOf(document.body)).toContain("CHI-210 — Civilisation chinoise"));
    expect(textOf(document.body)).toContain("Ajout de CHI-210");
    expect(textOf(document.body)).toContain("(pendant le séjour) — Conflit d'horaires");
    button("Refuser CHI-210").click();
    await waitFor(() => expect(textOf(document.body)).toContain("A rejection needs a comment"));
    await typeInto(control("Commentaire pour CHI-210"), "Prérequis");
    button("Refuser CHI-210").click();
    await waitFor(() => expect(textOf(document.body)).toContain("Refusé"));
    expect(decided).toEqual({ version: 1, decision: "rejected", comment: "Prérequis" });
    expect(textOf(document.querySelector("[role=status]"))).toBe("Cours CHI-210 refusé.");
  });

  it("issues the transcript, then reissues it with a reason: version 2 listed with its PDF and EWP links", async () => {
    const issued: Transcript[] = [];
    const api = fakeApi(
      studentPageApi({
        [`GET /api/incoming/students/${STUDENT_ID}/transcripts`]: () => ({ body: [...issued].reverse() }),
        [`POST /api/incoming/students/${STUDENT_ID}/transcripts`]: (call) => {
          const body = call.body as { latestVersion: number; reason?: string };
          if (body.latestVersion > 0 && !body.reason) return { status: 400, body: problem(400, "validation", [{ path: "body.reason", message: "A reissue needs the reason for the correction." }]) };
          issued.push(transcript(body.latestVersion + 1, body.reason ?? null));
          return { status: 201, body: issued.at(-1) };
        },
      }),
    );
    renderApp(`/incoming/students/${STUDENT_ID}`, officer);
    await waitFor(() => expect(textOf(document.body)).toContain("Aucun relevé délivré."));
    button("Délivrer le relevé").click();
    await waitFor(() => expect(textOf(document.querySelector(".inc-transcripts tbody"))).toContain("1"));
    button("Rééditer le relevé").click();
    await waitFor(() => expect(textOf(document.body)).toContain("A reissue needs the reason"));
    await typeInto(control("Motif de la réédition"), "Note corrigée");
    button("Rééditer le relevé").click();
    await waitFor(() => expect(document.querySelectorAll(".inc-transcripts tbody tr")).toHaveLength(2));
    const newest = document.querySelector(".inc-transcripts tbody tr")!;
    expect(rowText(newest)).toContain("2");
    expect(rowText(newest)).toContain("Note corrigée");
    const links = [...newest.querySelectorAll("a")].map((a) => [a.getAttribute("aria-label"), a.getAttribute("href")]);
    expect(links).toEqual([
      ["Relevé version 2 en PDF, français", `/api/incoming/students/${STUDENT_ID}/transcripts/2/pdf?lang=fr`],
      ["Relevé version 2 en PDF, anglais", `/api/incoming/students/${STUDENT_ID}/transcripts/2/pdf?lang=en`],
      ["Relevé version 2 en PDF, espagnol", `/api/incoming/students/${STUDENT_ID}/transcripts/2/pdf?lang=es`],
      ["Relevé version 2 au format EWP (XML)", `/api/incoming/students/${STUDENT_ID}/transcripts/2/ewp`],
    ]);
    expect(api.calls.filter((c) => c.method === "POST").map((c) => c.body)).toEqual([{ latestVersion: 0 }, { latestVersion: 1 }, { latestVersion: 1, reason: "Note corrigée" }]);
    expect(textOf(document.querySelector("[role=status]"))).toBe("Relevé version 2 délivré.");
  });

  it("hides issuing from coordinators and course actions from another department's coordinator", async () => {
    fakeApi(studentPageApi({ [`GET /api/incoming/students/${STUDENT_ID}/courses`]: () => ({ body: { courses: [line({ course: { ...line().course, id: OTHER_ID, code: "LAW-100", department: "LAW" } })], changes: [] } }) }));
    renderApp(`/incoming/students/${STUDENT_ID}`, coordinator, "en");
    await waitFor(() => expect(textOf(document.body)).toContain("LAW-100"));
    expect(textOf(document.body)).toContain("No transcript issued.");
    expect(document.body.textContent).not.toContain("Issue the transcript");
    expect(document.querySelector("[aria-label='Approve LAW-100']")).toBeNull();
    expect(document.querySelector("[aria-label='Remove LAW-100']")).not.toBeNull();
  });
});
