import { z } from "zod";
import { Id, IsoDateTime, Version } from "../common";
import { IsoDate } from "./common";
import { StudentRef } from "./life-common";

const Cents = z.number().int().min(0).max(10_000_000);

export const ResidenceInput = z.object({
  name: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(500),
});
export type ResidenceInput = z.infer<typeof ResidenceInput>;
export const ResidenceUpdate = ResidenceInput.extend({ version: Version });
export type ResidenceUpdate = z.infer<typeof ResidenceUpdate>;

export const RoomInput = z.object({
  number: z.string().trim().min(1).max(20),
  /** Beds. */
  capacity: z.number().int().min(1).max(20),
  rentCents: Cents,
  availableFrom: IsoDate,
  availableTo: IsoDate,
});
export type RoomInput = z.infer<typeof RoomInput>;
export const RoomUpdate = RoomInput.extend({ version: Version });
export type RoomUpdate = z.infer<typeof RoomUpdate>;

export const Room = RoomInput.extend({
  id: Id,
  version: Version,
  residenceId: Id,
  /** Beds taken on the occupancy date of the list (active allocations covering it). */
  occupied: z.number().int().min(0),
});
export type Room = z.infer<typeof Room>;

export const Residence = ResidenceInput.extend({
  id: Id,
  version: Version,
  rooms: z.array(Room),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Residence = z.infer<typeof Residence>;
export const ResidenceList = z.array(Residence);
export const OccupancyQuery = z.object({ on: IsoDate.optional() });

export const HOUSING_REQUEST_STATUSES = ["waiting", "allocated", "withdrawn"] as const;
export const HousingRequestStatus = z.enum(HOUSING_REQUEST_STATUSES);

export const HousingRequestInput = z.object({
  studentId: Id,
  /** Preferred residence, none for any. */
  residenceId: Id.nullable().default(null),
  maxRentCents: Cents.nullable().default(null),
  from: IsoDate,
  to: IsoDate,
});
export type HousingRequestInput = z.input<typeof HousingRequestInput>;

export const HousingRequest = StudentRef.extend({
  id: Id,
  version: Version,
  residenceId: Id.nullable(),
  maxRentCents: Cents.nullable(),
  from: IsoDate,
  to: IsoDate,
  status: HousingRequestStatus,
  /** Place on the waiting list (1 = next), null once allocated or withdrawn. */
  position: z.number().int().min(1).nullable(),
  requestedAt: IsoDateTime,
});
export type HousingRequest = z.infer<typeof HousingRequest>;
export const HousingRequestList = z.array(HousingRequest);
export const HousingRequestQuery = z.object({ status: HousingRequestStatus.optional() });

export const AllocationInput = z.object({ requestId: Id, roomId: Id, from: IsoDate, to: IsoDate });
export type AllocationInput = z.infer<typeof AllocationInput>;

export const Allocation = StudentRef.extend({
  id: Id,
  version: Version,
  requestId: Id,
  roomId: Id,
  roomNumber: z.string(),
  residenceName: z.string(),
  /** Both days included. */
  from: IsoDate,
  to: IsoDate,
  status: z.enum(["active", "cancelled"]),
  createdAt: IsoDateTime,
});
export type Allocation = z.infer<typeof Allocation>;
export const AllocationList = z.array(Allocation);
export const AllocationQuery = z.object({
  residenceId: Id.optional(),
  status: z.enum(["active", "cancelled"]).optional(),
  /** Only the allocations still running or to come on that day (their last day is on or after it). */
  endingFrom: IsoDate.optional(),
});
