import type { CohortDetail, FrenchTestSessionDetail, HousingRequest, Residence } from "@orbis/contracts/incoming";

export const SESSION_ID = "0b6f8a52-2d1c-4c1e-9e3f-5a7b8c9d0e1f";
export const REGISTRATION_ID = "1c7f9b63-3e2d-4d2f-8f4a-6b8c9d0e1f2a";
export const RESIDENCE_ID = "2d8a0c74-4f3e-4e3a-9a5b-7c9d0e1f2a3b";
export const ROOM_ID = "3e9b1d85-5a4f-4f4b-8b6c-8d0e1f2a3b4c";
export const REQUEST_ID = "4fac2e96-6b5a-4a5c-9c7d-9e1f2a3b4c5d";
export const COHORT_ID = "5abd3fa7-7c6b-4b6d-8d8e-0f2a3b4c5d6e";
export const PARTICIPANT_A = "6bce4ab8-8d7c-4c7e-9e9f-1a3b4c5d6e7f";
export const PARTICIPANT_B = "7cdf5bc9-9e8d-4d8f-8fa0-2b4c5d6e7f80";
export const CLASS_1 = "8de06cda-af9e-4e9a-9ab1-3c5d6e7f8091";
export const CLASS_2 = "9ef17deb-b0af-4fab-8bc2-4d6e7f8091a2";
const STUDENT = "6f1c2a1e-7a55-4b7e-9d7a-0c1d2e3f4a5b";
const STAMP = "2026-08-01T10:00:00.000Z";

export function sessionDetail(level: FrenchTestSessionDetail["registrations"][number]["level"] = null): FrenchTestSessionDetail {
  return {
    id: SESSION_ID,
    version: 1,
    date: "2026-09-03",
    startTime: "09:30",
    room: "Amphi 2",
    capacity: 20,
    registered: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
    registrations: [
      { id: REGISTRATION_ID, version: 1, sessionId: SESSION_ID, studentId: STUDENT, firstName: "Lena", lastName: "Wagner", department: "CHINESE", level, groupCode: level === "B1" ? "FLE-INT" : null, createdAt: STAMP, updatedAt: STAMP },
    ],
  };
}

export const residence = (occupied: number): Residence => ({
  id: RESIDENCE_ID,
  version: 1,
  name: "Résidence Jean Zay",
  address: "12 rue des Écoles, Paris",
  createdAt: STAMP,
  updatedAt: STAMP,
  rooms: [{ id: ROOM_ID, version: 1, residenceId: RESIDENCE_ID, number: "A101", capacity: 2, rentCents: 45000, availableFrom: "2026-09-01", availableTo: "2027-06-30", occupied }],
});

export const waitingRequest: HousingRequest = {
  id: REQUEST_ID,
  version: 1,
  studentId: STUDENT,
  firstName: "Lena",
  lastName: "Wagner",
  department: "CHINESE",
  residenceId: RESIDENCE_ID,
  maxRentCents: 50000,
  from: "2026-09-01",
  to: "2027-01-31",
  status: "waiting",
  position: 3,
  requestedAt: STAMP,
};

export function cohortDetail(): CohortDetail {
  const ref = (id: string, lastName: string, rate: number | null) => ({
    id,
    version: 1,
    cohortId: COHORT_ID,
    studentId: STUDENT,
    firstName: "Lena",
    lastName,
    department: "LAW",
    feeDueCents: 120000,
    feePaidCents: 60000,
    feeWaivedCents: 20000,
    feeBalanceCents: 40000,
    attendanceRate: rate,
  });
  return {
    id: COHORT_ID,
    version: 1,
    programmeId: "af028efc-c1b0-4abc-9cd3-5e7f8091a2b3",
    academicYear: 2026,
    startDate: "2026-09-07",
    endDate: "2027-01-29",
    capacity: 20,
    feeCents: 120000,
    participants: 2,
    programme: { id: "af028efc-c1b0-4abc-9cd3-5e7f8091a2b3", version: 1, code: "DU-PASS", name: "DU passerelle", kind: "du-passerelle", createdAt: STAMP, updatedAt: STAMP },
    participantList: [ref(PARTICIPANT_A, "Alves", 2 / 3), ref(PARTICIPANT_B, "Brown", null)],
    courses: [{ id: "b0139f0d-d2c1-4bcd-8de4-6f8091a2b3c4", version: 1, cohortId: COHORT_ID, title: "Méthodologie", hours: 24 }],
    sessions: [
      { id: CLASS_1, version: 1, courseId: "b0139f0d-d2c1-4bcd-8de4-6f8091a2b3c4", date: "2026-09-08", marks: { [PARTICIPANT_A]: "present" } },
      { id: CLASS_2, version: 2, courseId: "b0139f0d-d2c1-4bcd-8de4-6f8091a2b3c4", date: "2026-09-15", marks: {} },
    ],
  };
}
