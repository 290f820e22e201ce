import { sql } from "drizzle-orm";
import { date, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { incomingSchema, students, timestamps } from "./core";

export const residences = incomingSchema.table("residences", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull().unique(),
  address: text("address").notNull(),
  ...timestamps(),
});

/** A room of a residence: its beds, rent and the dates it can be let. */
export const rooms = incomingSchema.table(
  "rooms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    residenceId: uuid("residence_id").notNull().references(() => residences.id),
    number: text("number").notNull(),
    capacity: integer("capacity").notNull(),
    rentCents: integer("rent_cents").notNull(),
    availableFrom: date("available_from", { mode: "string" }).notNull(),
    availableTo: date("available_to", { mode: "string" }).notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("rooms_number_unique").on(t.residenceId, t.number)],
);

/** A student's wish for a bed; waiting ones form the waiting list in request order. */
export const housingRequests = incomingSchema.table(
  "housing_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    studentId: uuid("student_id").notNull().references(() => students.id),
    residenceId: uuid("residence_id").references(() => residences.id),
    maxRentCents: integer("max_rent_cents"),
    from: date("date_from", { mode: "string" }).notNull(),
    to: date("date_to", { mode: "string" }).notNull(),
    status: text("status").notNull().default("waiting"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    index("housing_requests_waiting_idx").on(t.status, t.requestedAt),
    // One open request per student: a second one would jump or duplicate their place on the list.
    uniqueIndex("housing_requests_open_unique").on(t.studentId).where(sql`status = 'waiting'`),
  ],
);

/** One bed of a room let to a student for a period, both days included. */
export const allocations = incomingSchema.table(
  "allocations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id").notNull().references(() => housingRequests.id),
    roomId: uuid("room_id").notNull().references(() => rooms.id),
    studentId: uuid("student_id").notNull().references(() => students.id),
    from: date("date_from", { mode: "string" }).notNull(),
    to: date("date_to", { mode: "string" }).notNull(),
    status: text("status").notNull().default("active"),
    ...timestamps(),
  },
  (t) => [index("allocations_room_idx").on(t.roomId, t.status, t.from), index("allocations_student_idx").on(t.studentId, t.status)],
);
