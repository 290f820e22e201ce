import type { CooperationProjectDetails, ErasmusEvent, Registration, StaffMobility } from "@orbis/contracts/erasmus";

export function staffMobility(overrides: Partial<StaffMobility> = {}): StaffMobility {
  return {
    id: "5b0c8f62-1c3a-4f7e-9a11-2b3c4d5e6f70",
    academicYear: 2026,
    projectId: null,
    type: "teaching",
    participant: { staffId: null, firstName: "Claire", lastName: "Morel", email: "claire.morel@orbis.test", sex: "F", category: "academic", department: "LLCE", fewerOpportunities: false },
    host: { partnerId: null, name: "Universidad de Salamanca", erasmusCode: "E  SALAMAN02", countryCode: "ES", city: "Salamanca" },
    startDate: "2027-03-08",
    endDate: "2027-03-12",
    days: 5,
    travelDays: 2,
    distanceKm: 1020,
    greenTravel: false,
    teachingHours: 8,
    programme: "",
    status: "applied",
    selectionScore: null,
    decisionComment: null,
    decidedOn: null,
    agreementSignedOn: null,
    reportSubmittedOn: null,
    report: null,
    version: 1,
    createdAt: "2026-11-10T08:00:00.000Z",
    updatedAt: "2026-11-10T08:00:00.000Z",
    ...overrides,
  };
}

export function cooperationProject(overrides: Partial<CooperationProjectDetails> = {}): CooperationProjectDetails {
  return {
    id: "7c1d9a73-2d4b-4a8f-8b22-3c4d5e6f7081",
    action: "KA220-HED",
    callYear: 2027,
    title: "Langues rares et inclusion numérique",
    acronym: "LARINUM",
    leadInstitution: "Orbis",
    weLead: true,
    projectLeader: "Anne Lefèvre",
    department: null,
    partners: [{ partnerId: null, name: "Univerzita Karlova", countryCode: "CZ", role: "partner" }],
    requestedCents: 40_000_000,
    shareCents: 12_000_000,
    grantedCents: null,
    submissionDeadline: "2027-03-05",
    startDate: null,
    endDate: null,
    summary: "",
    stage: "submitted",
    stageChangedOn: "2027-03-01",
    version: 3,
    createdAt: "2026-10-01T08:00:00.000Z",
    updatedAt: "2027-03-01T08:00:00.000Z",
    deadlines: [],
    meetings: [],
    ...overrides,
  };
}

export function erasmusEvent(overrides: Partial<ErasmusEvent> = {}): ErasmusEvent {
  return {
    id: "8d2e0b84-3e5c-4b90-9c33-4d5e6f708192",
    kind: "information-session",
    title: "Partir en Erasmus+",
    description: "",
    place: "Amphi 2",
    audience: "students",
    startsAt: "2026-12-03T12:30:00.000Z",
    endsAt: "2026-12-03T13:30:00.000Z",
    capacity: 1,
    registrationOpen: true,
    registered: 1,
    waiting: 0,
    attended: 0,
    version: 1,
    updatedAt: "2026-11-10T08:00:00.000Z",
    ...overrides,
  };
}

export function registration(overrides: Partial<Registration> = {}): Registration {
  return {
    id: "9e3f1c95-4f6d-4ca1-8d44-5e6f708192a3",
    eventId: erasmusEvent().id,
    name: "Léa Martin",
    email: "lea.martin@orbis.test",
    participantKind: "student",
    status: "registered",
    waitingPosition: null,
    attended: false,
    registeredAt: "2026-11-10T08:00:00.000Z",
    version: 1,
    ...overrides,
  };
}
