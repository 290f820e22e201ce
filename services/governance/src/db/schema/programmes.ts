import { date, index, jsonb, text, uuid } from "drizzle-orm/pg-core";
import type { FundingLine, Milestone, ProgrammeKind, ProgrammeParticipant, ProgrammeStatus, Renewal } from "@orbis/contracts/governance";
import { governanceSchema, versioned } from "./core";

/** Strategic programmes with partner institutions: milestones, funding per year, participants, renewals. */
export const programmes = governanceSchema.table(
  "programmes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: text("kind").$type<ProgrammeKind>().notNull(),
    status: text("status").$type<ProgrammeStatus>().notNull(),
    partnerNames: jsonb("partner_names").$type<string[]>().notNull(),
    partnerIds: jsonb("partner_ids").$type<string[]>().notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    description: text("description").notNull().default(""),
    milestones: jsonb("milestones").$type<Milestone[]>().notNull(),
    funding: jsonb("funding").$type<FundingLine[]>().notNull(),
    participants: jsonb("participants").$type<ProgrammeParticipant[]>().notNull(),
    renewals: jsonb("renewals").$type<Renewal[]>().notNull().default([]),
    ...versioned(),
  },
  (t) => [index("programmes_end_idx").on(t.endDate), index("programmes_name_idx").on(t.name)],
);
