import { sql } from "drizzle-orm";
import { bigint, date, index, integer, jsonb, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { CostLine, MissionStatus } from "@orbis/contracts/governance";
import { governanceSchema, versioned } from "./core";

/** Staff missions funded by the DRI budget, filed by staff and decided by leadership. */
export const missions = governanceSchema.table(
  "missions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requesterEmail: text("requester_email").notNull(),
    requesterName: text("requester_name").notNull(),
    department: text("department"),
    destinationCity: text("destination_city").notNull(),
    destinationCountry: text("destination_country").notNull(),
    purpose: text("purpose").notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    year: integer("year").notNull(),
    costLines: jsonb("cost_lines").$type<CostLine[]>().notNull(),
    totalCents: bigint("total_cents", { mode: "number" }).notNull(),
    status: text("status").$type<MissionStatus>().notNull().default("draft"),
    decisionNote: text("decision_note"),
    decidedBy: text("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    reimbursedCents: bigint("reimbursed_cents", { mode: "number" }),
    reimbursedOn: date("reimbursed_on"),
    ...versioned(),
  },
  (t) => [
    index("missions_year_status_idx").on(t.year, t.status),
    index("missions_requester_idx").on(t.requesterEmail),
    index("missions_department_idx").on(t.department),
    index("missions_start_idx").on(sql`${t.startDate} desc`, t.id),
  ],
);

/** The yearly envelope (one row per year, locked while an approval checks it). */
export const missionBudgets = governanceSchema.table("mission_budgets", {
  id: integer("id").primaryKey(),
  envelopeCents: bigint("envelope_cents", { mode: "number" }).notNull(),
  ...versioned(),
});
