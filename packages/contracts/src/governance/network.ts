import { z } from "zod";
import { DepartmentCode } from "../identity";
import { editOf, IsoDate, Label, LongText, pageOf, Paging, QueryText, Versioned } from "./common";

const uuid = z.string().uuid();

/** A departmental coordinator as identity knows them. */
export const NetworkCoordinator = z.object({ id: uuid, name: z.string(), email: z.string(), active: z.boolean() });
/** One department of the network: its coordinators (none = flagged as missing). */
export const NetworkDepartment = z.object({
  code: z.string(),
  nameFr: z.string(),
  nameEn: z.string(),
  coordinators: z.array(NetworkCoordinator),
  missing: z.boolean(),
});
export type NetworkDepartment = z.infer<typeof NetworkDepartment>;
export const NetworkOverview = z.object({ departments: z.array(NetworkDepartment), missing: z.number().int() });
export type NetworkOverview = z.infer<typeof NetworkOverview>;

export const CreateNetworkMeeting = z.object({
  title: Label,
  heldOn: IsoDate,
  location: Label.optional(),
  agenda: LongText.optional(),
  notes: LongText.optional(),
});
export const UpdateNetworkMeeting = editOf(CreateNetworkMeeting);
export const NetworkAttendance = z.object({
  department: DepartmentCode,
  name: z.string().trim().min(1).max(200),
  present: z.boolean(),
});
export type NetworkAttendance = z.infer<typeof NetworkAttendance>;
export const NetworkMeeting = z.object({
  id: uuid,
  title: z.string(),
  heldOn: z.string(),
  location: z.string(),
  agenda: z.string(),
  notes: z.string(),
  attendance: z.array(NetworkAttendance),
  ...Versioned.shape,
});
export type NetworkMeeting = z.infer<typeof NetworkMeeting>;
export const NetworkMeetingPage = pageOf(NetworkMeeting);
export const NetworkMeetingQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), q: QueryText, ...Paging });
/** Who attended, replacing the whole list (the meeting's version guards it). */
export const SetAttendance = z.object({ version: z.number().int().min(1), attendance: z.array(NetworkAttendance).max(200) });
