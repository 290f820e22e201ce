import { ApplicationDocumentKind, IncomingDocument, IncomingDocumentList } from "@orbis/contracts/incoming";
import { Id } from "@orbis/contracts/common";
import { createRouter, defineRoute, HttpProblem, jsonResponse, principalOf, recordAudit } from "@orbis/service-kit";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { audit, studentDocuments } from "../db/schema/index";
import { actorOf, WRITERS, WRITERS_AND_COORDINATORS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadStudent } from "../domain/students";
import { contentDisposition, documentType, sha256Of, uploadedForm } from "../domain/upload";
import type { RouteContext } from "./context";

type DocumentRow = typeof studentDocuments.$inferSelect;
const columns = {
  id: studentDocuments.id,
  studentId: studentDocuments.studentId,
  kind: studentDocuments.kind,
  filename: studentDocuments.filename,
  contentType: studentDocuments.contentType,
  sizeBytes: studentDocuments.sizeBytes,
  sha256: studentDocuments.sha256,
  uploadedBy: studentDocuments.uploadedBy,
  uploadedAt: studentDocuments.uploadedAt,
};
const toDocument = ({ uploadedAt, ...row }: Omit<DocumentRow, "content">): IncomingDocument => ({
  ...row,
  kind: row.kind as IncomingDocument["kind"],
  contentType: row.contentType as IncomingDocument["contentType"],
  uploadedAt: uploadedAt.toISOString(),
});
const DocumentParams = z.object({ id: Id, documentId: Id });

/** The application file (PDF, JPEG, PNG up to 10 MB, checked by their first bytes): the host department reads it. */
export function studentDocumentRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/students/{id}/documents",
      tags: ["admission"],
      summary: "Add a document to the application file (multipart `file` and `kind`)",
      access: { roles: WRITERS },
      request: { params: IdParams },
      responses: { 201: jsonResponse(IncomingDocument, "The document stored") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadStudent(db, id, principalOf(c));
      const { bytes, filename, fields } = await uploadedForm(c);
      const kind = ApplicationDocumentKind.safeParse((fields.kind ?? "").trim());
      if (!kind.success) throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.kind", message: `One of ${ApplicationDocumentKind.options.join(", ")}` }] });
      const contentType = documentType(bytes);
      const document = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(studentDocuments)
          .values({ studentId: id, kind: kind.data, filename: filename.replace(/[\\/\r\n"]/g, "_").slice(0, 200), contentType, sizeBytes: bytes.length, sha256: sha256Of(bytes), content: bytes, uploadedBy: actorOf(principalOf(c)) })
          .returning(columns);
        const stored = toDocument(created!);
        await recordAudit(tx, audit, c, { action: "upload", entity: "student_document", entityId: stored.id, after: stored });
        return stored;
      });
      return c.json(document, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students/{id}/documents",
      tags: ["admission"],
      summary: "The application file (without the contents)",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(IncomingDocumentList, "Documents, oldest first") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadStudent(db, id, principalOf(c));
      const rows = await db.select(columns).from(studentDocuments).where(eq(studentDocuments.studentId, id)).orderBy(asc(studentDocuments.uploadedAt), asc(studentDocuments.id));
      return c.json({ items: rows.map(toDocument) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students/{id}/documents/{documentId}",
      tags: ["admission"],
      summary: "Download a document of the application file",
      access: { roles: WRITERS_AND_COORDINATORS },
      request: { params: DocumentParams },
      responses: { 200: { description: "The file, with its type" } },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid("param");
      await loadStudent(db, id, principalOf(c));
      const [row] = await db.select().from(studentDocuments).where(eq(studentDocuments.id, documentId));
      if (!row || row.studentId !== id) throw new HttpProblem("not_found", "No such document of this student.");
      return c.body(row.content as Uint8Array<ArrayBuffer>, 200, { "content-type": row.contentType, "content-disposition": contentDisposition(row.filename), "cache-control": "private, no-store" });
    },
  );

  return router;
}
