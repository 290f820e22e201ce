import type { CreateCooperationProject, CreateEvent, CreateStaffMobility } from "@orbis/contracts/erasmus";
import type { Harness } from "./harness";

/** The clock of the area tests: mid-November 2026. */
export const NOW = new Date("2026-11-16T09:00:00Z");

export const teachingMobility = (over: Partial<CreateStaffMobility> = {}): CreateStaffMobility => ({
  type: "teaching",
  participant: { firstName: "Claire", lastName: "Morel", email: "claire.morel@orbis.test", sex: "F", category: "academic", department: "LLCE" },
  host: { name: "Universidad de Salamanca", erasmusCode: "E  SALAMAN02", countryCode: "ES", city: "Salamanca" },
  startDate: "2027-03-08",
  endDate: "2027-03-12",
  travelDays: 2,
  distanceKm: 1020,
  teachingHours: 8,
  programme: "Cours de civilisation française (8 h)",
  ...over,
});

export const cooperationIdea = (over: Partial<CreateCooperationProject> = {}): CreateCooperationProject => ({
  action: "KA220-HED",
  callYear: 2027,
  title: "Langues rares et inclusion numérique",
  acronym: "LARINUM",
  leadInstitution: "Orbis",
  weLead: true,
  projectLeader: "Anne Lefèvre",
  partners: [
    { name: "Uniwersytet Warszawski", countryCode: "PL", role: "partner" },
    { name: "Univerzita Karlova", countryCode: "CZ", role: "partner" },
  ],
  requestedCents: 40_000_000,
  shareCents: 12_000_000,
  submissionDeadline: "2027-03-05",
  ...over,
});

export const infoSession = (over: Partial<CreateEvent> = {}): CreateEvent => ({
  kind: "information-session",
  title: "Partir en Erasmus+ en 2027-2028",
  place: "Amphi 2",
  startsAt: "2026-12-03T12:30:00Z",
  endsAt: "2026-12-03T13:30:00Z",
  capacity: 2,
  ...over,
});

/** Calls as the Erasmus+ team. */
export async function asTeam(h: Harness) {
  const token = await h.tokenFor("erasmus");
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return <T = any>(method: string, path: string, body?: unknown) => h.call<T>(method, path, { token, ...(body === undefined ? {} : { body }) });
}
