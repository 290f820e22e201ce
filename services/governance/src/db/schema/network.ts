import { date, index, jsonb, text, uuid } from "drizzle-orm/pg-core";
import type { NetworkAttendance } from "@orbis/contracts/governance";
import { governanceSchema, versioned } from "./core";

/** A meeting of the departmental coordinators' network, with who attended. */
export const networkMeetings = governanceSchema.table(
  "network_meetings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    heldOn: date("held_on", { mode: "string" }).notNull(),
    location: text("location").notNull().default(""),
    agenda: text("agenda").notNull().default(""),
    notes: text("notes").notNull().default(""),
    attendance: jsonb("attendance").$type<NetworkAttendance[]>().notNull().default([]),
    ...versioned(),
  },
  (t) => [index("network_meetings_held_idx").on(t.heldOn)],
);

export const networkTables = { networkMeetings };
