import { expect, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./shell";

export { apiAs, today, uniqueTag } from "./outgoing";

export const TEAM = "incoming@orbis.test";
export const CHINESE_COORDINATOR = "rri.chinese@orbis.test";

/** The incoming module's sub-navigation (French). */
export const moduleNav = (page: Page) => page.getByRole("navigation", { name: "Mobilité entrante" });

export async function openIncoming(page: Page, email: string): Promise<void> {
  await loginAs(page, email);
  await mainNav(page).getByRole("link", { name: "Mobilité entrante" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mobilité entrante" })).toBeVisible();
}

/** The academic year under way (it starts in August), as the module counts it. */
export function currentAcademicYear(now = new Date()): number {
  return now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
}

export const isoDayIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function ok<T>(response: APIResponse, what: string): Promise<T> {
  expect(response.ok(), `${what}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

export type Availability = { agreementId: string; conditionId: string; direction: string; mobilityType: string; eqfLevels: number[]; places: number; used: number; remaining: number };
export type ReceivingPlace = {
  agreement: { id: string; reference: string; title: string };
  partner: { id: string; nameLatin: string; countryCode: string };
  condition: Availability;
};

/** Receiving places of the year for a bachelor (EQF 6) student: an active agreement of the department, with places left. */
export async function receivingPlace(api: APIRequestContext, year: number, department: string): Promise<ReceivingPlace> {
  const all = await ok<Availability[]>(await api.get(`/api/agreements/availability?year=${year}&direction=receiving&eqf=6`), "receiving availability");
  const open = all.filter((a) => a.mobilityType === "student-studies" && a.remaining > 0).sort((a, b) => b.remaining - a.remaining);
  for (const condition of open) {
    const agreement = await ok<{ id: string; reference: string; title: string; status: string; departments: string[]; partners: ReceivingPlace["partner"][] }>(
      await api.get(`/api/agreements/agreements/${condition.agreementId}`),
      "read the agreement",
    );
    if (agreement.status === "active" && agreement.departments.includes(department) && agreement.partners.length === 1) {
      return { agreement, partner: agreement.partners[0]!, condition };
    }
  }
  throw new Error(`No active agreement of ${department} has receiving places left in ${year}`);
}

/** The condition's places for the year, as the agreements service counts them. */
export async function placesOf(api: APIRequestContext, place: ReceivingPlace, year: number): Promise<Availability> {
  const items = await ok<Availability[]>(await api.get(`/api/agreements/agreements/${place.agreement.id}/availability?year=${year}`), "agreement availability");
  return items.find((a) => a.conditionId === place.condition.conditionId)!;
}

export type Student = { id: string; version: number; status: string; firstName: string; lastName: string; department: string; studentNumber: string | null };

/** A free mover (no agreement, so no place taken) staying from today, made through the API. */
export async function freeMover(api: APIRequestContext, lastName: string, department = "CHINESE", firstName = "Mei"): Promise<Student> {
  return ok<Student>(
    await api.post("/api/incoming/students", {
      data: {
        firstName,
        lastName,
        email: `${firstName}.${lastName}@etu.example.org`.toLowerCase(),
        sex: "F",
        birthDate: "2003-04-12",
        nationality: "CN",
        homeInstitutionName: "Université de test",
        homeCountry: "CN",
        programme: "FREE_MOVER",
        academicYear: currentAcademicYear(),
        period: "spring",
        department,
        level: "L3",
        iscedCode: "0231",
        plannedArrival: isoDayIn(0),
        plannedDeparture: isoDayIn(150),
      },
    }),
    "create a free mover",
  );
}

/** A minimal PDF: the service checks a document's type by its first bytes. */
export const PDF = { name: "document.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") };

/** The documents a free mover's file needs (REQUIRED_DOCUMENTS in the contracts), as the module names them. */
export const FREE_MOVER_DOCUMENTS = [
  ["passport", "Passeport ou pièce d'identité"],
  ["transcript", "Relevé de notes"],
  ["motivation", "Lettre de motivation"],
] as const;

/** Uploads a free mover's required documents and marks the file complete (nominated -> applied). */
export async function completeFile(api: APIRequestContext, student: Student): Promise<Student> {
  for (const [kind] of FREE_MOVER_DOCUMENTS) {
    await ok(await api.post(`/api/incoming/students/${student.id}/documents`, { multipart: { kind, file: { ...PDF, name: `${kind}.pdf` } } }), `upload ${kind}`);
  }
  return ok<Student>(await api.post(`/api/incoming/students/${student.id}/file-complete`, { data: { version: student.version } }), "file complete");
}

export async function admit(api: APIRequestContext, student: Student): Promise<Student> {
  const applied = student.status === "nominated" ? await completeFile(api, student) : student;
  return ok<Student>(await api.post(`/api/incoming/students/${student.id}/decision`, { data: { version: applied.version, decision: "admit" } }), "admit");
}

/** Visible name of a student in the module's tables: "LASTNAME First". */
export const listedName = (s: { firstName: string; lastName: string }) => `${s.lastName.toUpperCase()} ${s.firstName}`;

/** Status and content type of a download link's target, fetched with the page's session. */
export async function download(page: Page, href: string | null): Promise<{ status: number; type: string; body: Buffer }> {
  expect(href, "the link has a target").toBeTruthy();
  const response = await page.request.get(href!);
  return { status: response.status(), type: response.headers()["content-type"] ?? "", body: await response.body() };
}
