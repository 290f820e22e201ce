import { sql } from "drizzle-orm";
import { index, jsonb, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { GradeShare, HostScaleSource, RecognitionComponent } from "@orbis/contracts/outgoing";
import { mobilities, outgoingSchema, timestamps } from "./core";

/** Grade distribution tables: a partner's or a country's (host), or the university's own (home, French ranges). */
export const gradeTables = outgoingSchema.table(
  "grade_tables",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    partnerId: uuid("partner_id"),
    countryCode: text("country_code"),
    iscedCode: text("isced_code"),
    label: text("label").notNull(),
    rows: jsonb("rows").$type<GradeShare[]>().notNull(),
    ...timestamps(),
  },
  (t) => [
    // One table per owner and field (null field = the owner's default table).
    uniqueIndex("grade_tables_owner_idx").on(t.kind, sql`coalesce(${t.partnerId}::text, '')`, sql`coalesce(${t.countryCode}, '')`, sql`coalesce(${t.iscedCode}, '')`),
  ],
);

/** The recognition of a mobility's transcript by the home department: one per mobility. */
export const recognitions = outgoingSchema.table(
  "recognitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mobilityId: uuid("mobility_id")
      .notNull()
      .references(() => mobilities.id),
    scale: jsonb("scale").$type<HostScaleSource>().notNull(),
    components: jsonb("components").$type<RecognitionComponent[]>().notNull(),
    decidedBy: text("decided_by").notNull(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("recognitions_mobility_idx").on(t.mobilityId), index("recognitions_updated_idx").on(t.updatedAt)],
);
