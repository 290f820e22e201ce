import { integer, pgSchema, timestamp } from "drizzle-orm/pg-core";
import { createAuditTable } from "@orbis/service-kit";

export const governanceSchema = pgSchema("governance");

/** Optimistic concurrency and timestamps on every governance record. */
export const versioned = () => ({
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const audit = createAuditTable(governanceSchema);
