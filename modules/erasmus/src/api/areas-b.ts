import { requestJson } from "@orbis/contracts/http";
import {
  CooperationProject,
  CooperationProjectDetails,
  CooperationProjectPage,
  Deadline,
  ErasmusEvent,
  EventPage,
  InterviewBooking,
  InterviewSlotList,
  InterviewSlotPage,
  Meeting,
  Registration,
  RegistrationList,
  StaffMobility,
  StaffMobilityPage,
  UpcomingDeadlineList,
  type CooperationStageChange,
  type CreateBooking,
  type CreateCooperationProject,
  type CreateEvent,
  type CreateInterviewSlots,
  type CreateMeeting,
  type CreateRegistration,
  type CreateStaffMobility,
  type StaffMobilityQuery,
  type StaffMobilityStep,
  type UpdateStaffMobility,
} from "@orbis/contracts/erasmus";
import { BASE } from "./projects";

const enc = encodeURIComponent;

/** Staff mobilities: applications, workflow steps and edits. */
export const staffApi = {
  list: (query: Partial<StaffMobilityQuery>, signal?: AbortSignal) => requestJson(StaffMobilityPage, `${BASE}/staff-mobilities`, { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => requestJson(StaffMobility, `${BASE}/staff-mobilities/${enc(id)}`, { signal }),
  create: (body: CreateStaffMobility) => requestJson(StaffMobility, `${BASE}/staff-mobilities`, { body }),
  update: (id: string, body: UpdateStaffMobility) => requestJson(StaffMobility, `${BASE}/staff-mobilities/${enc(id)}`, { method: "PATCH", body }),
  step: (id: string, body: StaffMobilityStep) => requestJson(StaffMobility, `${BASE}/staff-mobilities/${enc(id)}/steps`, { body }),
};

/** KA2 cooperation projects, their deadlines and committee meetings. */
export const cooperationApi = {
  list: (query: { stage?: string; q?: string; limit?: number; offset?: number }, signal?: AbortSignal) =>
    requestJson(CooperationProjectPage, `${BASE}/cooperation-projects`, { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => requestJson(CooperationProjectDetails, `${BASE}/cooperation-projects/${enc(id)}`, { signal }),
  create: (body: CreateCooperationProject) => requestJson(CooperationProject, `${BASE}/cooperation-projects`, { body }),
  stage: (id: string, body: CooperationStageChange) => requestJson(CooperationProject, `${BASE}/cooperation-projects/${enc(id)}/stage`, { body }),
  upcoming: (withinDays: number, signal?: AbortSignal) => requestJson(UpcomingDeadlineList, `${BASE}/cooperation-deadlines/upcoming`, { query: { withinDays }, signal }),
  addDeadline: (id: string, body: { label: string; dueOn: string }) => requestJson(Deadline, `${BASE}/cooperation-projects/${enc(id)}/deadlines`, { body }),
  setDeadline: (id: string, body: { version: number; done: boolean }) => requestJson(Deadline, `${BASE}/cooperation-deadlines/${enc(id)}`, { method: "PATCH", body }),
  addMeeting: (id: string, body: CreateMeeting) => requestJson(Meeting, `${BASE}/cooperation-projects/${enc(id)}/meetings`, { body }),
  updateMeeting: (id: string, body: { version: number; minutes: string }) => requestJson(Meeting, `${BASE}/cooperation-meetings/${enc(id)}`, { method: "PATCH", body }),
};

/** Events with registrations, and interview slots with bookings. */
export const communicationApi = {
  events: (query: { when?: "upcoming" | "past"; limit?: number; offset?: number }, signal?: AbortSignal) => requestJson(EventPage, `${BASE}/events`, { query: { ...query }, signal }),
  event: (id: string, signal?: AbortSignal) => requestJson(ErasmusEvent, `${BASE}/events/${enc(id)}`, { signal }),
  createEvent: (body: CreateEvent) => requestJson(ErasmusEvent, `${BASE}/events`, { body }),
  registrations: (id: string, signal?: AbortSignal) => requestJson(RegistrationList, `${BASE}/events/${enc(id)}/registrations`, { signal }),
  register: (id: string, body: CreateRegistration) => requestJson(Registration, `${BASE}/events/${enc(id)}/registrations`, { body }),
  updateRegistration: (id: string, body: { version: number; attended?: boolean; status?: "cancelled" }) =>
    requestJson(Registration, `${BASE}/event-registrations/${enc(id)}`, { method: "PATCH", body }),
  attendeesUrl: (id: string, format: "csv" | "xlsx") => `${BASE}/events/${enc(id)}/attendees?format=${format}`,
  slots: (query: { from?: string; free?: "true" | "false"; limit?: number }, signal?: AbortSignal) => requestJson(InterviewSlotPage, `${BASE}/interview-slots`, { query: { ...query }, signal }),
  openSlots: (body: CreateInterviewSlots) => requestJson(InterviewSlotList, `${BASE}/interview-slots`, { body }),
  book: (slotId: string, body: CreateBooking) => requestJson(InterviewBooking, `${BASE}/interview-slots/${enc(slotId)}/booking`, { body }),
  notes: (bookingId: string, body: { version: number; notes: string }) => requestJson(InterviewBooking, `${BASE}/interview-bookings/${enc(bookingId)}/notes`, { method: "PATCH", body }),
};
