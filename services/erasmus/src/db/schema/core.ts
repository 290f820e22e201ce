import { integer, timestamp } from "drizzle-orm/pg-core";
import { pgSchema } from "drizzle-orm/pg-core";
import { createAuditTable } from "@orbis/service-kit";

export const erasmusSchema = pgSchema("erasmus");

/** Every write of the Erasmus+ service is recorded here, in the same transaction as the change. */
export const audit = createAuditTable(erasmusSchema);

/** Optimistic concurrency and change times, on every mutable table. */
export const versioned = () => ({
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
