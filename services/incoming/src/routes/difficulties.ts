import { CreateDifficultyNote, DeleteDifficultyNoteQuery, DifficultyNote, DifficultyNoteList, UpdateDifficultyNote } from "@orbis/contracts/incoming";
import { Id } from "@orbis/contracts/common";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, noContent, principalOf, recordAudit, updateVersioned } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { audit, difficultyNotes } from "../db/schema/index";
import { actorOf, WRITERS_AND_COORDINATORS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadStudent } from "../domain/students";
import type { RouteContext } from "./context";

type NoteRow = typeof difficultyNotes.$inferSelect;
const toNote = (row: NoteRow): DifficultyNote => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() });
const NoteParams = z.object({ id: Id, noteId: Id });

async function loadNote(db: Db, studentId: string, noteId: string): Promise<NoteRow> {
  const [row] = await db.select().from(difficultyNotes).where(and(eq(difficultyNotes.id, noteId), eq(difficultyNotes.studentId, studentId)));
  if (!row) throw new HttpProblem("not_found", "No such note on this student.");
  return row;
}

/**
 * Private notes on a student's difficulties (health, housing, studies): the incoming team and the coordinator of
 * the host department only; leadership, analysts and Erasmus officers never read them.
 */
export function difficultyRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students/{id}/difficulties",
      tags: ["follow-up"],
      summary: "The private notes on the student's difficulties, oldest first",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(DifficultyNoteList, "The notes") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadStudent(db, id, principalOf(c));
      const rows = await db.select().from(difficultyNotes).where(eq(difficultyNotes.studentId, id)).orderBy(asc(difficultyNotes.createdAt), asc(difficultyNotes.id));
      return c.json({ items: rows.map(toNote) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/students/{id}/difficulties",
      tags: ["follow-up"],
      summary: "Write a private note on a difficulty",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: IdParams, ...jsonBody(CreateDifficultyNote) },
      responses: { 201: jsonResponse(DifficultyNote, "The note") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { text } = c.req.valid("json");
      const note = await db.transaction(async (tx) => {
        await loadStudent(tx, id, principalOf(c));
        const [row] = await tx.insert(difficultyNotes).values({ studentId: id, text, createdBy: actorOf(principalOf(c)) }).returning();
        // The audit keeps that a note was written, not its private text.
        await recordAudit(tx, audit, c, { action: "create", entity: "difficulty_note", entityId: row!.id, after: { studentId: id, length: text.length } });
        return toNote(row!);
      });
      return c.json(note, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/students/{id}/difficulties/{noteId}",
      tags: ["follow-up"],
      summary: "Rewrite a note (needs the version read)",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: NoteParams, ...jsonBody(UpdateDifficultyNote) },
      responses: { 200: jsonResponse(DifficultyNote, "The note") },
    }),
    async (c) => {
      const { id, noteId } = c.req.valid("param");
      const { version, text } = c.req.valid("json");
      const note = await db.transaction(async (tx) => {
        await loadStudent(tx, id, principalOf(c));
        const before = await loadNote(tx, id, noteId);
        const after = await updateVersioned(tx, difficultyNotes, noteId, version, { text });
        await recordAudit(tx, audit, c, { action: "update", entity: "difficulty_note", entityId: noteId, before: { version: before.version, length: before.text.length }, after: { version: after.version, length: text.length } });
        return toNote(after);
      });
      return c.json(note, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "delete",
      path: "/students/{id}/difficulties/{noteId}",
      tags: ["follow-up"],
      summary: "Delete a note (?version= the version read)",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: NoteParams, query: DeleteDifficultyNoteQuery },
      responses: { 204: noContent },
    }),
    async (c) => {
      const { id, noteId } = c.req.valid("param");
      const { version } = c.req.valid("query");
      await db.transaction(async (tx) => {
        await loadStudent(tx, id, principalOf(c));
        const before = await loadNote(tx, id, noteId);
        const deleted = await tx.delete(difficultyNotes).where(and(eq(difficultyNotes.id, noteId), eq(difficultyNotes.version, version))).returning({ id: difficultyNotes.id });
        if (!deleted.length) throw new HttpProblem("stale_version", `You read version ${version} but the note is now at version ${before.version}. Reload first.`);
        await recordAudit(tx, audit, c, { action: "delete", entity: "difficulty_note", entityId: noteId, before: { studentId: id, version: before.version } });
      });
      return c.body(null, 204);
    },
  );

  return router;
}
