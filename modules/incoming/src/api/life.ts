import { requestJson } from "@orbis/contracts/http";
import {
  Allocation,
  AllocationList,
  ClassSession,
  Cohort,
  CohortCourse,
  CohortDetail,
  FrenchTestRegistration,
  FrenchTestSession,
  FrenchTestSessionDetail,
  FrenchTestSessionList,
  HousingRequest,
  HousingRequestList,
  Participant,
  Programme,
  ProgrammeDetail,
  ProgrammeList,
  Residence,
  ResidenceList,
  Room,
  type AllocationInput,
  type AttendanceInput,
  type CefrLevel,
  type CohortCourseInput,
  type CohortInput,
  type HousingRequestInput,
  type ProgrammeInput,
  type CohortUpdate,
  type ProgrammeUpdate,
  type ResidenceInput,
  type ResidenceUpdate,
  type RoomInput,
  type RoomUpdate,
  type FeeUpdate,
  type FrenchTestSessionInput,
} from "@orbis/contracts/incoming";
import { BASE } from "./incoming";

const id = (value: string) => encodeURIComponent(value);

/** French placement tests: sittings, registrations, results; certificates are plain links. */
export const frenchTestsApi = {
  sessions: (signal?: AbortSignal) => requestJson(FrenchTestSessionList, `${BASE}/french-tests/sessions`, { signal }),
  session: (sessionId: string, signal?: AbortSignal) => requestJson(FrenchTestSessionDetail, `${BASE}/french-tests/sessions/${id(sessionId)}`, { signal }),
  createSession: (body: FrenchTestSessionInput) => requestJson(FrenchTestSession, `${BASE}/french-tests/sessions`, { method: "POST", body }),
  register: (sessionId: string, studentId: string) => requestJson(FrenchTestRegistration, `${BASE}/french-tests/sessions/${id(sessionId)}/registrations`, { method: "POST", body: { studentId } }),
  recordResult: (registrationId: string, version: number, level: CefrLevel) =>
    requestJson(FrenchTestRegistration, `${BASE}/french-tests/registrations/${id(registrationId)}/result`, { method: "PUT", body: { version, level } }),
  withdraw: (registrationId: string, version: number) => requestJson(FrenchTestSession, `${BASE}/french-tests/registrations/${id(registrationId)}/withdraw`, { method: "POST", body: { version } }),
  certificateHref: (registrationId: string, lang: "fr" | "en") => `${BASE}/french-tests/registrations/${id(registrationId)}/certificate?lang=${lang}`,
};

/** Residences, the waiting list and allocations. */
export const housingApi = {
  residences: (signal?: AbortSignal) => requestJson(ResidenceList, `${BASE}/housing/residences`, { signal }),
  waiting: (signal?: AbortSignal) => requestJson(HousingRequestList, `${BASE}/housing/requests`, { query: { status: "waiting" }, signal }),
  /** The beds let now or later (the past ones stay in the service's history). */
  allocations: (today: string, signal?: AbortSignal) => requestJson(AllocationList, `${BASE}/housing/allocations`, { query: { status: "active", endingFrom: today }, signal }),
  createResidence: (body: ResidenceInput) => requestJson(Residence, `${BASE}/housing/residences`, { method: "POST", body }),
  updateResidence: (residenceId: string, body: ResidenceUpdate) => requestJson(Residence, `${BASE}/housing/residences/${id(residenceId)}`, { method: "PUT", body }),
  updateRoom: (roomId: string, body: RoomUpdate) => requestJson(Room, `${BASE}/housing/rooms/${id(roomId)}`, { method: "PUT", body }),
  addRoom: (residenceId: string, body: RoomInput) => requestJson(Room, `${BASE}/housing/residences/${id(residenceId)}/rooms`, { method: "POST", body }),
  request: (body: HousingRequestInput) => requestJson(HousingRequest, `${BASE}/housing/requests`, { method: "POST", body }),
  allocate: (body: AllocationInput) => requestJson(Allocation, `${BASE}/housing/allocations`, { method: "POST", body }),
  cancel: (allocationId: string, version: number) => requestJson(Allocation, `${BASE}/housing/allocations/${id(allocationId)}/cancel`, { method: "POST", body: { version } }),
  withdraw: (requestId: string, version: number) => requestJson(HousingRequest, `${BASE}/housing/requests/${id(requestId)}/withdraw`, { method: "POST", body: { version } }),
};

/** Programmes, cohorts, fees and attendance. */
export const programmesApi = {
  list: (signal?: AbortSignal) => requestJson(ProgrammeList, `${BASE}/programmes`, { signal }),
  get: (programmeId: string, signal?: AbortSignal) => requestJson(ProgrammeDetail, `${BASE}/programmes/${id(programmeId)}`, { signal }),
  cohort: (cohortId: string, signal?: AbortSignal) => requestJson(CohortDetail, `${BASE}/cohorts/${id(cohortId)}`, { signal }),
  create: (body: ProgrammeInput) => requestJson(Programme, `${BASE}/programmes`, { method: "POST", body }),
  update: (programmeId: string, body: ProgrammeUpdate) => requestJson(Programme, `${BASE}/programmes/${id(programmeId)}`, { method: "PUT", body }),
  updateCohort: (cohortId: string, body: CohortUpdate) => requestJson(Cohort, `${BASE}/cohorts/${id(cohortId)}`, { method: "PUT", body }),
  openCohort: (programmeId: string, body: CohortInput) => requestJson(Cohort, `${BASE}/programmes/${id(programmeId)}/cohorts`, { method: "POST", body }),
  addCourse: (cohortId: string, body: CohortCourseInput) => requestJson(CohortCourse, `${BASE}/cohorts/${id(cohortId)}/courses`, { method: "POST", body }),
  scheduleClass: (courseId: string, date: string) => requestJson(ClassSession, `${BASE}/cohort-courses/${id(courseId)}/sessions`, { method: "POST", body: { date } }),
  addParticipant: (cohortId: string, studentId: string) => requestJson(Participant, `${BASE}/cohorts/${id(cohortId)}/participants`, { method: "POST", body: { studentId } }),
  fees: (participantId: string, body: FeeUpdate) => requestJson(Participant, `${BASE}/participants/${id(participantId)}/fees`, { method: "PUT", body }),
  attendance: (sessionId: string, body: AttendanceInput) => requestJson(ClassSession, `${BASE}/class-sessions/${id(sessionId)}/attendance`, { method: "PUT", body }),
};

