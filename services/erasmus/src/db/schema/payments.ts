import { bigint, date, index, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { erasmusSchema } from "./core";
import { grants } from "./grants";

/** A payment made to a participant; the idempotency key makes a repeated request record it once. */
export const payments = erasmusSchema.table(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    grantId: uuid("grant_id")
      .notNull()
      .references(() => grants.id),
    kind: text("kind").notNull(),
    amountCents: bigint("amount_cents", { mode: "number" }).notNull(),
    paidOn: date("paid_on", { mode: "string" }).notNull(),
    reference: text("reference").notNull().default(""),
    idempotencyKey: text("idempotency_key").notNull(),
    recordedBy: text("recorded_by").notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("payments_key_idx").on(t.idempotencyKey), index("payments_grant_idx").on(t.grantId)],
);
