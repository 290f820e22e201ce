import { jsonb, smallint } from "drizzle-orm/pg-core";
import { erasmusSchema, versioned } from "./core";

/** The National Agency's rates of one call year (RateTable, validated by the contract on the way in and out). */
export const rateTables = erasmusSchema.table("rate_tables", {
  callYear: smallint("call_year").primaryKey(),
  rates: jsonb("rates").notNull(),
  ...versioned(),
});
