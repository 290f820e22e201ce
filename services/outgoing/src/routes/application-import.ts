import { ApplicationImportQuery, ApplicationImportResult } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonResponse, recordAudit } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { applicationRows } from "../bulk/application-rows";
import { BulkFormatError, sheetRowNumber, type RowError } from "../bulk/errors";
import { parseTable } from "../bulk/parse-table";
import { applications, audit } from "../db/schema/index";
import { STAFF } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { assertNotPublished, loadCall } from "../domain/calls";
import { isUniqueViolation } from "../domain/db-errors";
import { destinationsOf } from "../domain/destinations";
import { uploadedForm } from "../domain/upload";
import type { RouteContext } from "./context";

/** Applications from a spreadsheet: preview, all-or-nothing, or valid rows only, with errors by row and column. */
export function applicationImportRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/calls/{id}/applications/import",
      tags: ["applications"],
      summary: "Import applications from CSV or XLSX (multipart `file`); mode preview (default), all (nothing if any row fails) or valid-only",
      access: { roles: STAFF },
      request: { params: IdParams, query: ApplicationImportQuery },
      responses: { 200: jsonResponse(ApplicationImportResult, "Rows read, valid, errors by row and column, rows written, the rows read") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { mode } = c.req.valid("query");
      const call = await loadCall(db, id);
      assertNotPublished(call, "applications");
      const { bytes, filename } = await uploadedForm(c);
      let table;
      try {
        table = await parseTable(bytes, filename);
      } catch (error) {
        if (error instanceof BulkFormatError) throw new HttpProblem("validation", error.message, { errors: [{ path: "body.file", message: error.message }] });
        throw error;
      }
      const result = applicationRows(table.rows, await destinationsOf(db, id));
      const existing = new Set((await db.select({ n: applications.studentNumber }).from(applications).where(eq(applications.callId, id))).map((r) => r.n));
      const dbErrors: RowError[] = result.valid.filter((v) => existing.has(v.value.studentNumber)).map((v) => ({ row: v.row, path: "studentNumber", message: "Already applied to this call" }));
      const errors = [...result.errors, ...dbErrors].sort((a, b) => a.row - b.row);
      const failed = new Set(errors.map((e) => e.row));
      const valid = result.valid.filter((v) => !failed.has(v.row));
      const toWrite = mode === "preview" || (mode === "all" && errors.length > 0) ? [] : valid;
      if (toWrite.length) {
        try {
          await db.transaction(async (tx) => {
            for (const { value } of toWrite) {
              const [created] = await tx.insert(applications).values({ ...value, callId: id }).returning();
              await recordAudit(tx, audit, c, { action: "import", entity: "application", entityId: created!.id, after: created });
            }
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw new HttpProblem("duplicate", "An application of one of these students was recorded meanwhile: nothing was imported.");
          throw error;
        }
      }
      const preview = result.cells.map((cell, i) => ({
        row: sheetRowNumber(i),
        studentNumber: cell.studentNumber ?? "",
        name: `${cell.firstName ?? ""} ${cell.lastName ?? ""}`.trim(),
        department: cell.department ?? "",
        choices: [cell.choice1, cell.choice2, cell.choice3].filter((x): x is string => Boolean(x)),
      }));
      return c.json({ rows: table.rows.length, valid: valid.length, errors, written: toWrite.length, preview }, 200);
    },
  );

  return router;
}
