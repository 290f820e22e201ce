import type { AllocationRun, Call, Destination } from "@orbis/contracts/outgoing";

export const CALL_ID = "0b9a3c1e-1f2a-4c3b-8d4e-5f6a7b8c9d0e";
export const DESTINATION_ID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
export const OTHER_DESTINATION_ID = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";

export function call(overrides: Partial<Call> = {}): Call {
  return {
    id: CALL_ID,
    academicYear: 2026,
    programme: "KA131",
    title: "Erasmus+ études 2026-2027",
    opensOn: "2025-11-01",
    closesOn: "2026-01-31",
    status: "closed",
    eligibility: { levels: ["L3", "M1"], minGradeAverage: 10, languageCertificateRequired: false, minCefr: null },
    requiredDocuments: [],
    version: 3,
    createdAt: "2025-10-01T10:00:00.000Z",
    updatedAt: "2026-02-01T10:00:00.000Z",
    ...overrides,
  };
}

export function destination(overrides: Partial<Destination> = {}): Destination {
  return {
    id: DESTINATION_ID,
    callId: CALL_ID,
    agreementId: "3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b",
    conditionId: "4f5a6b7c-8d9e-4f0a-9b2c-3d4e5f6a7b8c",
    partnerId: "5a6b7c8d-9e0f-4a1b-8c3d-4e5f6a7b8c9d",
    partnerName: "Universität Heidelberg",
    partnerCountry: "DE",
    partnerCity: "Heidelberg",
    partnerErasmusCode: "D  HEIDELB01",
    partnerSchac: "uni-heidelberg.de",
    mobilityType: "student-studies",
    eqfLevels: [6, 7],
    iscedCodes: ["0231"],
    places: 1,
    departments: [],
    inForce: true,
    syncedAt: "2026-01-05T10:00:00.000Z",
    ...overrides,
  };
}

export function allocationRun(overrides: Partial<AllocationRun> = {}): AllocationRun {
  return {
    id: "6b7c8d9e-0f1a-4b2c-9d4e-5f6a7b8c9d0e",
    callId: CALL_ID,
    inputsHash: "a".repeat(64),
    runAt: "2026-02-10T10:00:00.000Z",
    runBy: "outgoing@orbis.test",
    publishedAt: null,
    results: [
      { applicationId: "7c8d9e0f-1a2b-4c3d-8e5f-6a7b8c9d0e1f", name: "Alice Martin", department: "LAW", globalRank: 1, total: 50, destinationId: DESTINATION_ID, choice: 1, skipped: [], explanation: "got choice 1" },
      {
        applicationId: "8d9e0f1a-2b3c-4d4e-9f6a-7b8c9d0e1f2a",
        name: "Bruno Chen",
        department: "CHINESE",
        globalRank: 2,
        total: 45,
        destinationId: OTHER_DESTINATION_ID,
        choice: 2,
        skipped: [{ choice: 1, destinationId: DESTINATION_ID, takenByApplicationId: "7c8d9e0f-1a2b-4c3d-8e5f-6a7b8c9d0e1f", takenByName: "Alice Martin" }],
        explanation: "choice 1 full: taken by higher-ranked Alice Martin; got choice 2",
      },
    ],
    ...overrides,
  };
}
