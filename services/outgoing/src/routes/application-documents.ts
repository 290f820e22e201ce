import { ApplicationDocument, ApplicationDocumentList } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonResponse, principalOf, recordAudit } from "@orbis/service-kit";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { Id } from "@orbis/contracts/common";
import { applicationDocuments, audit } from "../db/schema/index";
import { actorOf, STAFF, STAFF_AND_COORDINATORS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadApplication } from "../domain/applications";
import { assertNotPublished, loadCall } from "../domain/calls";
import { contentDisposition, documentType, sha256Of, uploadedForm } from "../domain/upload";
import type { RouteContext } from "./context";

type DocumentRow = typeof applicationDocuments.$inferSelect;
const toDocument = ({ content: _content, ...row }: DocumentRow) => ({ ...row, uploadedAt: row.uploadedAt.toISOString() });
const DocumentParams = z.object({ id: Id, documentId: Id });
const columns = { id: applicationDocuments.id, applicationId: applicationDocuments.applicationId, kind: applicationDocuments.kind, filename: applicationDocuments.filename, contentType: applicationDocuments.contentType, sizeBytes: applicationDocuments.sizeBytes, sha256: applicationDocuments.sha256, uploadedBy: applicationDocuments.uploadedBy, uploadedAt: applicationDocuments.uploadedAt };

/** Documents of an application (PDF, JPEG, PNG up to 10 MB), one kind per required document of the call. */
export function applicationDocumentRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/applications/{id}/documents",
      tags: ["applications"],
      summary: "Upload a document (multipart `file` and `kind`, one of the call's required documents); checked by its first bytes",
      access: { roles: STAFF },
      request: { params: IdParams },
      responses: { 201: jsonResponse(ApplicationDocument, "The document stored") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const application = await loadApplication(db, id, principalOf(c));
      const call = await loadCall(db, application.callId);
      assertNotPublished(call, "applications");
      const { bytes, filename, fields } = await uploadedForm(c);
      const kind = (fields.kind ?? "").trim();
      if (!call.requiredDocuments.includes(kind)) {
        throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.kind", message: `One of the call's documents: ${call.requiredDocuments.join(", ") || "(none required)"}` }] });
      }
      const contentType = documentType(bytes);
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(applicationDocuments)
          .values({ applicationId: id, kind, filename: filename.replace(/[\\/\r\n"]/g, "_").slice(0, 200), contentType, sizeBytes: bytes.length, sha256: sha256Of(bytes), content: bytes, uploadedBy: actorOf(principalOf(c)) })
          .returning();
        const document = toDocument(created!);
        await recordAudit(tx, audit, c, { action: "upload", entity: "application_document", entityId: document.id, after: document });
        return document;
      });
      return c.json(row, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/applications/{id}/documents",
      tags: ["applications"],
      summary: "The application's documents (without their content)",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(ApplicationDocumentList, "Documents, oldest first") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadApplication(db, id, principalOf(c));
      const rows = await db.select(columns).from(applicationDocuments).where(eq(applicationDocuments.applicationId, id)).orderBy(asc(applicationDocuments.uploadedAt), asc(applicationDocuments.id));
      return c.json({ items: rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() })) }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/applications/{id}/documents/{documentId}",
      tags: ["applications"],
      summary: "Download a document",
      access: { roles: STAFF_AND_COORDINATORS },
      request: { params: DocumentParams },
      responses: { 200: { description: "The file, with its type" } },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid("param");
      await loadApplication(db, id, principalOf(c));
      const [row] = await db.select().from(applicationDocuments).where(eq(applicationDocuments.id, documentId));
      if (!row || row.applicationId !== id) throw new HttpProblem("not_found", "No such document of this application.");
      return c.body(row.content as Uint8Array<ArrayBuffer>, 200, { "content-type": row.contentType, "content-disposition": contentDisposition(row.filename) });
    },
  );

  return router;
}
