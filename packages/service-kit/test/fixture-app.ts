import { join } from "node:path";
import { eq } from "drizzle-orm";
import { integer, pgSchema, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createTestDatabase } from "@orbis/db/testing";
import { z } from "zod";
import {
  assertDepartmentInScope,
  createAuditTable,
  createRouter,
  createService,
  defineRoute,
  HttpProblem,
  jsonBody,
  jsonResponse,
  principalOf,
  recordAudit,
  updateVersioned,
} from "../src/index";
import type { TokenVerifier } from "../src/index";

const schema = pgSchema("kit_fixture");
export const notes = schema.table("notes", {
  id: uuid("id").primaryKey().defaultRandom(),
  department: text("department").notNull(),
  body: text("body").notNull(),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
export const audit = createAuditTable(schema);

const Note = z.object({ id: z.string(), department: z.string(), body: z.string(), version: z.number() });
const toNote = (r: typeof notes.$inferSelect) => ({ id: r.id, department: r.department, body: r.body, version: r.version });

/** A miniature service exercising every kit feature the way a real service does. */
export async function fixtureService(verifier: TokenVerifier) {
  const database = await createTestDatabase({
    schemaName: "kit_fixture",
    migrationsFolder: join(import.meta.dirname, "fixture-migrations"),
    schema: { notes, audit },
  });
  const { db } = database;
  const service = createService({ name: "fixture", title: "Fixture", verifier, database, bodyLimitBytes: 2048 });
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/notes",
      access: { roles: ["erasmus", "coordinator"] },
      request: jsonBody(z.object({ department: z.string().min(2), body: z.string().min(1).max(500) })),
      responses: { 201: jsonResponse(Note, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      assertDepartmentInScope(principalOf(c), input.department);
      const row = await db.transaction(async (tx) => {
        const [created] = await tx.insert(notes).values(input).returning();
        await recordAudit(tx, audit, c, { action: "create", entity: "note", entityId: created!.id, after: created });
        return created!;
      });
      return c.json(toNote(row), 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/notes/{id}",
      access: { roles: ["erasmus"] },
      request: {
        params: z.object({ id: z.string().uuid() }),
        ...jsonBody(z.object({ version: z.number().int().min(1), body: z.string().min(1).max(500) })),
      },
      responses: { 200: jsonResponse(Note, "Updated") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version, body } = c.req.valid("json");
      const row = await db.transaction(async (tx) => {
        const before = await tx.select().from(notes).where(eq(notes.id, id));
        const updated = await updateVersioned(tx, notes, id, version, { body });
        await recordAudit(tx, audit, c, { action: "update", entity: "note", entityId: id, before: before[0], after: updated });
        if (body === "fail-after-audit") throw new Error("database exploded: secret connection string");
        return updated;
      });
      return c.json(toNote(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/boom",
      access: { authenticated: true },
      responses: { 200: jsonResponse(z.object({}), "Never") },
    }),
    () => {
      throw new HttpProblem("internal");
    },
  );

  service.api.route("/", router);
  return { service, database, db };
}
