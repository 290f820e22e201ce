import { AgreementDocument } from "@orbis/contracts/agreements";
import { createRouter, defineRoute, HttpProblem, jsonResponse, principalOf, recordAudit } from "@orbis/service-kit";
import { and, asc, desc, eq, getTableColumns } from "drizzle-orm";
import { agreements, audit, documents } from "../db/schema";
import { actorOf, READERS, WRITERS } from "../domain/access";
import { loadAgreement } from "../domain/agreements";
import { DocumentKindQuery, DocumentList, IdParams } from "../domain/api-schemas";
import { checkedPdf, contentDisposition, toDocument } from "../domain/documents";
import type { RouteContext } from "./context";

const { content: _content, ...metadataColumns } = getTableColumns(documents);

/** Signed agreements, drafts, amendments and annexes as PDF, versioned per kind. */
export function documentRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/agreements/{id}/documents",
      tags: ["documents"],
      summary: "Upload a PDF (multipart field `file`); a new upload of the same kind is its next version",
      access: { roles: WRITERS },
      request: { params: IdParams, query: DocumentKindQuery },
      responses: {
        201: jsonResponse(AgreementDocument, "Stored"),
        413: { description: "Larger than the limit" },
        415: { description: "Not a PDF" },
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { kind } = c.req.valid("query");
      if (!(c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
        throw new HttpProblem("unsupported_media_type", "Send the document as multipart/form-data with the field \"file\".");
      }
      const form = await c.req.parseBody();
      const pdf = await checkedPdf(form.file);
      const uploadedBy = actorOf(principalOf(c));
      const stored = await db.transaction(async (tx) => {
        await loadAgreement(tx, id, undefined, true);
        const [last] = await tx
          .select({ v: documents.documentVersion })
          .from(documents)
          .where(and(eq(documents.agreementId, id), eq(documents.kind, kind)))
          .orderBy(desc(documents.documentVersion))
          .limit(1);
        const [row] = await tx
          .insert(documents)
          .values({
            agreementId: id,
            kind,
            documentVersion: (last?.v ?? 0) + 1,
            filename: pdf.filename,
            contentType: "application/pdf",
            sizeBytes: pdf.bytes.length,
            sha256: pdf.sha256,
            content: pdf.bytes,
            uploadedBy,
          })
          .returning(metadataColumns);
        const document = toDocument(row!);
        await recordAudit(tx, audit, c, { action: "upload_document", entity: "agreement_document", entityId: id, after: document });
        return document;
      });
      return c.json(stored, 201);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/agreements/{id}/documents",
      tags: ["documents"],
      summary: "The agreement's documents, by kind and version",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(DocumentList, "Documents (metadata)") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadAgreement(db, id, principalOf(c));
      const rows = await db
        .select(metadataColumns)
        .from(documents)
        .where(eq(documents.agreementId, id))
        .orderBy(asc(documents.kind), desc(documents.documentVersion));
      return c.json(rows.map(toDocument), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/documents/{id}/content",
      tags: ["documents"],
      summary: "Download a document",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: { description: "The PDF", content: { "application/pdf": { schema: { type: "string", format: "binary" } } } } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [row] = await db
        .select({ content: documents.content, filename: documents.filename, agreementId: documents.agreementId, departments: agreements.departments })
        .from(documents)
        .innerJoin(agreements, eq(agreements.id, documents.agreementId))
        .where(eq(documents.id, id));
      if (!row) throw new HttpProblem("not_found", `No document with id ${id}.`);
      await loadAgreement(db, row.agreementId, principalOf(c));
      return new Response(new Uint8Array(row.content), {
        status: 200,
        headers: {
          "content-type": "application/pdf",
          "content-length": String(row.content.length),
          "content-disposition": contentDisposition(row.filename),
          "cache-control": "private, no-store",
        },
      }) as never;
    },
  );

  return router;
}
