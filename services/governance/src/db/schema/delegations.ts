import { date, index, jsonb, text, uuid } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { DelegationParticipant } from "@orbis/contracts/governance";
import { governanceSchema, versioned } from "./core";

/** A foreign delegation hosted, or one the university sent. */
export const delegations = governanceSchema.table(
  "delegations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    direction: text("direction").notNull(),
    institution: text("institution").notNull(),
    countryCode: text("country_code").notNull(),
    partnerId: uuid("partner_id"),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    status: text("status").notNull().default("planned"),
    programme: text("programme").notNull().default(""),
    participants: jsonb("participants").$type<Array<z.infer<typeof DelegationParticipant>>>().notNull().default([]),
    followUp: text("follow_up").notNull().default(""),
    agreementIds: uuid("agreement_ids").array().notNull().default([]),
    ...versioned(),
  },
  (t) => [index("delegations_starts_idx").on(t.startsOn), index("delegations_direction_idx").on(t.direction, t.status)],
);

export const delegationTables = { delegations };
