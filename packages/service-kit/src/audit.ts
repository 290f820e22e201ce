import { desc, and, eq, type SQL } from "drizzle-orm";
import { bigserial, index, jsonb, text, timestamp, type PgSchema } from "drizzle-orm/pg-core";
import type { Context } from "hono";
import type { Db } from "@orbis/db";
import type { ServiceEnv } from "./env";

/** Each service's own audit trail table, in its own schema. Rows are written in the same transaction as the change. */
export function createAuditTable(schema: PgSchema) {
  return schema.table(
    "audit_log",
    {
      id: bigserial("id", { mode: "number" }).primaryKey(),
      at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
      actor: text("actor").notNull(),
      actorKind: text("actor_kind").notNull(),
      requestId: text("request_id"),
      action: text("action").notNull(),
      entity: text("entity").notNull(),
      entityId: text("entity_id").notNull(),
      before: jsonb("before"),
      after: jsonb("after"),
    },
    (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId), index("audit_log_at_idx").on(t.at)],
  );
}
export type AuditTable = ReturnType<typeof createAuditTable>;

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Who did it comes from the request: the authenticated principal, or "system" for jobs and seeding. */
export async function recordAudit(
  tx: Db,
  table: AuditTable,
  c: Context<ServiceEnv> | { actor: string; actorKind: string; requestId?: string },
  entry: AuditEntry,
): Promise<void> {
  const who =
    "var" in c
      ? {
          actor: c.var.principal?.email ?? c.var.principal?.sub ?? "anonymous",
          actorKind: c.var.principal?.kind ?? "anonymous",
          requestId: c.var.requestId,
        }
      : c;
  await tx.insert(table).values({
    actor: who.actor,
    actorKind: who.actorKind,
    requestId: who.requestId ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: redact(entry.before) ?? null,
    after: redact(entry.after) ?? null,
  });
}

const SECRET_KEYS = /password|secret|hash|token/i;

/** Secrets never reach the audit trail. */
function redact(value: unknown): unknown {
  if (value === undefined || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(redact);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? "[redacted]" : redact(v)]),
  );
}

export async function listAudit(
  db: Db,
  table: AuditTable,
  filter: { entity?: string | undefined; entityId?: string | undefined; limit: number; offset: number },
) {
  const conditions: SQL[] = [];
  if (filter.entity) conditions.push(eq(table.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(table.entityId, filter.entityId));
  return db
    .select()
    .from(table)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(table.id))
    .limit(filter.limit)
    .offset(filter.offset);
}
