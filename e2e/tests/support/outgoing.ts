import { expect, request, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./shell";

export const TEAM = "outgoing@orbis.test";
export const CHINESE_COORDINATOR = "rri.chinese@orbis.test";

/** The outgoing module's sub-navigation (French). */
export const moduleNav = (page: Page) => page.getByRole("navigation", { name: "Mobilité sortante" });

export async function openOutgoing(page: Page, email: string): Promise<void> {
  await loginAs(page, email);
  await mainNav(page).getByRole("link", { name: "Mobilité sortante" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mobilité sortante" })).toBeVisible();
}

/** The academic year a call opened now is for (the one starting next September), as the new-call form proposes it. */
export function nextAcademicYear(now = new Date()): number {
  return now.getFullYear() + (now.getMonth() >= 7 ? 1 : 0);
}

export const today = () => new Date().toISOString().slice(0, 10);

/** A short tag that keeps names and student numbers of one test apart from every other run's. */
export function uniqueTag(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
}

/** A student number (6-12 letters or digits) unique to this run. */
export const studentNumberOf = (tag: string, n = 0) => `E${tag}${n}`.slice(0, 12);

/** An API client signed in as a demo account, for the data a test needs before it drives the browser. */
export async function apiAs(baseURL: string, email: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const login = await api.post("/api/identity/login", { data: { email, password: DEMO_PASSWORD } });
  expect(login.status(), `login of ${email}`).toBe(200);
  return api;
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, what: string): Promise<T> {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

export type Call = { id: string; version: number; status: string; academicYear: number; title: string };
export type Destination = { id: string; agreementId: string; conditionId: string; partnerId: string; partnerName: string; partnerCountry: string; places: number; eqfLevels: number[]; departments: string[]; inForce: boolean };

/** The destination open to a CHINESE bachelor student (EQF 6) with the most places. */
export function chineseDestination(destinations: Destination[]): Destination {
  const open = destinations
    .filter((d) => d.inForce && d.places > 0 && d.departments.includes("CHINESE") && d.eqfLevels.includes(6))
    .sort((a, b) => b.places - a.places);
  expect(open.length, "a KA131 destination offering places to CHINESE students").toBeGreaterThan(0);
  return open[0]!;
}

/** An open KA131 call for next year with its destinations synced from the agreements. */
export async function openCallWithDestinations(api: APIRequestContext, title: string): Promise<{ call: Call; destinations: Destination[] }> {
  const year = nextAcademicYear();
  const created = await ok<Call>(
    await api.post("/api/outgoing/calls", {
      data: { academicYear: year, programme: "KA131", title, opensOn: `${year - 1}-11-01`, closesOn: `${year}-02-15`, eligibility: { levels: ["L2", "L3", "M1"] } },
    }),
    "create the call",
  );
  const call = await setCallStatus(api, created, "open");
  const synced = await ok<{ items: Destination[] }>(await api.post(`/api/outgoing/calls/${call.id}/destinations/sync`), "sync the destinations");
  return { call, destinations: synced.items };
}

export async function setCallStatus(api: APIRequestContext, call: Call, status: string): Promise<Call> {
  return ok<Call>(await api.post(`/api/outgoing/calls/${call.id}/status`, { data: { version: call.version, status } }), `call -> ${status}`);
}

export type Application = { id: string; lastName: string; firstName: string; department: string };

export async function applyTo(
  api: APIRequestContext,
  callId: string,
  student: { studentNumber: string; lastName: string; department: string; choices: string[]; gradeAverage?: number },
): Promise<Application> {
  return ok<Application>(
    await api.post(`/api/outgoing/calls/${callId}/applications`, {
      data: {
        studentNumber: student.studentNumber,
        firstName: "Camille",
        lastName: student.lastName,
        email: `${student.studentNumber.toLowerCase()}@etu.orbis.test`,
        department: student.department,
        level: "L3",
        sex: "F",
        nationality: "FR",
        gradeAverage: student.gradeAverage ?? 15,
        choices: student.choices,
      },
    }),
    "create an application",
  );
}

export async function saveRanking(api: APIRequestContext, callId: string, department: string, applicationIds: string[]): Promise<void> {
  const current = await ok<{ version: number }>(await api.get(`/api/outgoing/calls/${callId}/rankings/${department}`), "read the ranking");
  await ok(
    await api.put(`/api/outgoing/calls/${callId}/rankings/${department}`, {
      data: { version: current.version, entries: applicationIds.map((applicationId, i) => ({ applicationId, scores: { academic: 15, motivation: 14, language: 13 }, tieBreak: i + 1 })) },
    }),
    "save the ranking",
  );
}

/** A closed call with one ranked CHINESE applicant whose first choice is a CHINESE destination. */
export async function rankedCall(api: APIRequestContext, tag: string): Promise<{ call: Call; destination: Destination; application: Application }> {
  const { call, destinations } = await openCallWithDestinations(api, `E2E ${tag} appel classé`);
  const destination = chineseDestination(destinations);
  const application = await applyTo(api, call.id, { studentNumber: studentNumberOf(tag), lastName: `Classe${tag}`, department: "CHINESE", choices: [destination.id] });
  const closed = await setCallStatus(api, call, "closed");
  await saveRanking(api, call.id, "CHINESE", [application.id]);
  return { call: closed, destination, application };
}

/** A planned mobility of a CHINESE student made the way the team makes one: allocation, nomination, host acceptance. */
export async function mobilityThroughSelection(api: APIRequestContext, tag: string): Promise<{ mobilityId: string; lastName: string }> {
  const { call, application } = await rankedCall(api, tag);
  const run = await ok<{ id: string }>(await api.post(`/api/outgoing/calls/${call.id}/allocation`), "run the allocation");
  await ok(await api.post(`/api/outgoing/calls/${call.id}/allocation/publish`, { data: { runId: run.id } }), "publish the allocation");
  const nomination = await ok<{ id: string; version: number }>(await api.post(`/api/outgoing/calls/${call.id}/nominations`, { data: { applicationId: application.id } }), "nominate");
  const decided = await ok<{ mobilityId: string | null }>(
    await api.post(`/api/outgoing/nominations/${nomination.id}/decision`, { data: { version: nomination.version, decision: "accepted", decidedOn: today() } }),
    "record the host's acceptance",
  );
  expect(decided.mobilityId).toBeTruthy();
  return { mobilityId: decided.mobilityId!, lastName: application.lastName };
}
