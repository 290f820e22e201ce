import { DELETE_REASONS, INSERT_REASONS, type LaRevision, type LearningAgreementContent } from "@orbis/contracts/outgoing";
import type { Db } from "@orbis/db";
import { HttpProblem, type FieldError } from "@orbis/service-kit";
import { desc, eq } from "drizzle-orm";
import { laRevisions, type LaRevisionRow } from "../db/schema/index";

export function toRevision(row: LaRevisionRow): LaRevision {
  return {
    id: row.id,
    mobilityId: row.mobilityId,
    revision: row.revision,
    kind: row.kind as LaRevision["kind"],
    status: row.status as LaRevision["status"],
    tableA: row.tableA,
    tableB: row.tableB,
    virtualComponents: row.virtualComponents,
    language: { language: row.language, cefr: row.cefr as LaRevision["language"]["cefr"] },
    sendingContact: row.sendingContact ?? null,
    receivingContact: row.receivingContact ?? null,
    studentSignature: row.studentSignature ?? null,
    sendingSignature: row.sendingSignature ?? null,
    receivingSignature: row.receivingSignature ?? null,
    reviewComment: row.reviewComment,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The content as table columns. */
export const contentColumns = (content: LearningAgreementContent) => ({
  tableA: content.tableA,
  tableB: content.tableB,
  virtualComponents: content.virtualComponents,
  language: content.language.language,
  cefr: content.language.cefr,
  sendingContact: content.sendingContact,
  receivingContact: content.receivingContact,
});

type Changeable = { change?: { status: "inserted" | "deleted"; reasonCode?: string | undefined } | undefined };

/**
 * The first version lists components as planned; a change revision lists only what changes, each component
 * inserted or deleted with an EWP reason fitting the change (Table A and virtual components must give one).
 */
export function contentErrors(content: LearningAgreementContent, kind: LaRevision["kind"]): FieldError[] {
  const errors: FieldError[] = [];
  const check = (table: "tableA" | "tableB" | "virtualComponents", rows: Changeable[], reasonRequired: boolean) =>
    rows.forEach((row, i) => {
      const path = `body.${table}.${i}.change`;
      if (kind === "first-version") {
        if (row.change) errors.push({ path, message: "The first version has no changes: remove the change" });
        return;
      }
      if (!row.change) return errors.push({ path, message: "A change revision marks each component inserted or deleted" });
      const { status, reasonCode } = row.change;
      if (!reasonCode) {
        if (reasonRequired) errors.push({ path: `${path}.reasonCode`, message: "Give the reason for the change" });
        return;
      }
      const allowed: readonly string[] = status === "deleted" ? DELETE_REASONS : INSERT_REASONS;
      if (!allowed.includes(reasonCode)) errors.push({ path: `${path}.reasonCode`, message: `A ${status} component takes one of: ${allowed.join(", ")}` });
    });
  check("tableA", content.tableA, true);
  check("tableB", content.tableB, false);
  check("virtualComponents", content.virtualComponents, true);
  return errors;
}

export function assertContent(content: LearningAgreementContent, kind: LaRevision["kind"]): void {
  const errors = contentErrors(content, kind);
  if (errors.length) throw new HttpProblem("validation", "Some fields are invalid.", { errors });
}

/** What a submission needs beyond a valid draft: components and both contact persons. */
export function assertSubmittable(row: LaRevisionRow): void {
  const errors: FieldError[] = [];
  if (row.kind === "first-version" && row.tableA.length === 0) errors.push({ path: "body.tableA", message: "List at least one component to study" });
  if (row.kind === "first-version" && row.tableB.length === 0) errors.push({ path: "body.tableB", message: "List at least one component to recognise" });
  if (row.kind === "changes" && row.tableA.length + row.tableB.length + row.virtualComponents.length === 0) errors.push({ path: "body.tableA", message: "A change revision lists at least one change" });
  if (!row.sendingContact) errors.push({ path: "body.sendingContact", message: "The sending contact person is required before submitting" });
  if (!row.receivingContact) errors.push({ path: "body.receivingContact", message: "The receiving contact person is required before submitting" });
  if (errors.length) throw new HttpProblem("validation", "The learning agreement is incomplete.", { errors });
}

export function assertLaStatus(row: LaRevisionRow, allowed: readonly string[], action: string): void {
  if (!allowed.includes(row.status)) throw new HttpProblem("conflict", `Cannot ${action} revision ${row.revision}: it is ${row.status} (only ${allowed.join(" or ")}).`);
}

export async function loadRevision(db: Db, id: string, lock = false): Promise<LaRevisionRow> {
  const query = db.select().from(laRevisions).where(eq(laRevisions.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new HttpProblem("not_found", "No such learning agreement revision.");
  return row;
}

/** Revisions of a mobility, newest first. */
export const revisionsOf = (db: Db, mobilityId: string) => db.select().from(laRevisions).where(eq(laRevisions.mobilityId, mobilityId)).orderBy(desc(laRevisions.revision));
