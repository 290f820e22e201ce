import { and, count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { DocumentOwner, GovernanceDocument, GovernanceDocumentQuery, MAX_GOVERNANCE_DOCUMENT_BYTES, type DocumentOwner as Owner } from "@orbis/contracts/governance";
import type { Principal } from "@orbis/contracts/identity";
import type { Db } from "@orbis/db";
import {
  contentDisposition,
  createRouter,
  defineRoute,
  documentType,
  HttpProblem,
  jsonResponse,
  noContent,
  recordAudit,
  sha256Of,
  uploadedForm,
} from "@orbis/service-kit";
import { audit, delegations, documents, meetings, memberships, networkMeetings, qualityLabels } from "../db/schema/index";
import { READERS, WRITERS } from "../domain/access";
import { IdParams, VersionQuery } from "../domain/api-schemas";
import { assertReference } from "../domain/checks";
import type { RouteContext } from "./context";
import { deleteVersioned, fieldProblem, present, type VersionedTable } from "./resource";

/** The record each kind of owner is; "network" documents belong to the network as a whole (no record). */
const OWNER_TABLES: Record<Exclude<Owner, "network">, VersionedTable> = {
  meeting: meetings,
  "network-meeting": networkMeetings,
  label: qualityLabels,
  membership: memberships,
  delegation: delegations,
};

/** The nil id stands for the coordinators' network itself. */
export const NETWORK_OWNER_ID = "00000000-0000-4000-8000-000000000000";

/** Coordinators read the network's documents only; the DRI's teams read all. */
function assertMayRead(principal: Principal, ownerType: Owner) {
  const coordinatorOnly = !principal.roles.some((r) => r !== "coordinator");
  if (coordinatorOnly && ownerType !== "network" && ownerType !== "network-meeting") {
    throw new HttpProblem("forbidden", "Coordinators read the network's documents only.");
  }
}

async function assertOwner(db: Db, ownerType: Owner, ownerId: string) {
  if (ownerType === "network") {
    if (ownerId !== NETWORK_OWNER_ID) throw fieldProblem("ownerId", `Network documents use the owner id ${NETWORK_OWNER_ID}.`);
    return;
  }
  await assertReference(db, OWNER_TABLES[ownerType], ownerId, "ownerId", ownerType);
}

const toDocument = (row: typeof documents.$inferSelect) => present(GovernanceDocument, row);

/** Everything but the bytes, for lists. */
const LIST_COLUMNS = {
  id: documents.id,
  ownerType: documents.ownerType,
  ownerId: documents.ownerId,
  title: documents.title,
  filename: documents.filename,
  contentType: documents.contentType,
  sizeBytes: documents.sizeBytes,
  sha256: documents.sha256,
  uploadedBy: documents.uploadedBy,
  version: documents.version,
  createdAt: documents.createdAt,
  updatedAt: documents.updatedAt,
};

const UploadFields = z.object({ ownerType: DocumentOwner, ownerId: z.string().uuid(), title: z.string().trim().min(1).max(200).optional() });

/** Files attached to meetings, the network, labels, memberships and delegations (PDF, JPEG, PNG up to 10 MB). */
export function documentRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/documents",
      tags: ["documents"],
      summary: "The documents of one record, newest first",
      access: { roles: READERS },
      request: { query: GovernanceDocumentQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(GovernanceDocument), total: z.number().int() }), "The record's documents") },
    }),
    async (c) => {
      const q = c.req.valid("query");
      assertMayRead(c.var.principal!, q.ownerType);
      const where = and(eq(documents.ownerType, q.ownerType), eq(documents.ownerId, q.ownerId));
      const [rows, [total]] = await Promise.all([
        db.select(LIST_COLUMNS).from(documents).where(where).orderBy(desc(documents.createdAt), documents.id).limit(q.limit).offset(q.offset),
        db.select({ n: count() }).from(documents).where(where),
      ]);
      return c.json({ items: rows.map((r) => present(GovernanceDocument, r)), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/documents",
      tags: ["documents"],
      summary: "Upload a document (multipart: file, ownerType, ownerId, title)",
      access: { roles: WRITERS },
      responses: { 201: jsonResponse(GovernanceDocument, "The document stored") },
    }),
    async (c) => {
      const { bytes, filename, fields } = await uploadedForm(c, MAX_GOVERNANCE_DOCUMENT_BYTES);
      const parsed = UploadFields.safeParse(fields);
      if (!parsed.success) {
        throw new HttpProblem("validation", "Some fields are missing or invalid.", {
          errors: parsed.error.issues.map((i) => ({ path: `body.${i.path.join(".")}`, message: i.message })),
        });
      }
      const contentType = documentType(bytes);
      const { ownerType, ownerId, title } = parsed.data;
      const created = await db.transaction(async (tx) => {
        await assertOwner(tx, ownerType, ownerId);
        const [row] = await tx
          .insert(documents)
          .values({
            ownerType,
            ownerId,
            title: title ?? filename,
            filename,
            contentType,
            sizeBytes: bytes.byteLength,
            sha256: sha256Of(bytes),
            content: bytes,
            uploadedBy: c.var.principal!.email ?? c.var.principal!.sub,
          })
          .returning();
        const dto = toDocument(row!);
        await recordAudit(tx, audit, c, { action: "upload", entity: "document", entityId: row!.id, after: dto });
        return dto;
      });
      return c.json(created, 201);
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
      responses: { 200: { description: "The file" } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [row] = await db.select().from(documents).where(eq(documents.id, id));
      if (!row) throw new HttpProblem("not_found", `No document with id ${id}.`);
      assertMayRead(c.var.principal!, row.ownerType as Owner);
      return c.body(row.content as Uint8Array<ArrayBuffer>, 200, {
        "content-type": row.contentType,
        "content-disposition": contentDisposition(row.filename),
      });
    },
  );

  router.openapi(
    defineRoute({
      method: "delete",
      path: "/documents/{id}",
      tags: ["documents"],
      summary: "Delete a document; version required",
      access: { roles: WRITERS },
      request: { params: IdParams, query: VersionQuery },
      responses: { 204: noContent },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { version } = c.req.valid("query");
      await db.transaction(async (tx) => {
        const row = (await deleteVersioned(tx, documents, id, version, "document")) as typeof documents.$inferSelect;
        await recordAudit(tx, audit, c, { action: "delete", entity: "document", entityId: id, before: toDocument(row) });
      });
      return c.body(null, 204);
    },
  );

  return router;
}
