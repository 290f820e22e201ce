import { createRouter, defineRoute, HttpProblem, jsonResponse, recordAudit } from "@orbis/service-kit";
import type { Context } from "hono";
import type { ServiceEnv } from "@orbis/service-kit";
import { agreementRows, BulkFormatError, parseTable, partnerRows, type RowError, type RowsResult, type Table } from "../bulk";
import { audit, partners } from "../db/schema";
import { WRITERS } from "../domain/access";
import { insertAgreement } from "../domain/agreements";
import { ImportModeQuery, ImportResult } from "../domain/api-schemas";
import { partnerValues, toPartner } from "../domain/partners";
import { isUniqueViolation } from "../domain/search";
import { uploadedFile } from "../domain/upload";
import type { RouteContext } from "./context";

type Mode = "preview" | "all" | "valid-only";

async function readTable(c: Context): Promise<Table> {
  const { bytes, filename } = await uploadedFile(c);
  try {
    return await parseTable(bytes, filename);
  } catch (err) {
    if (err instanceof BulkFormatError) throw new HttpProblem("validation", err.message, { errors: [{ path: "body.file", message: err.message }] });
    throw err;
  }
}

/** Rows to write: none in preview or when mode=all meets an error; the valid ones in valid-only. */
function rowsToWrite<T>(result: RowsResult<T>, mode: Mode): Array<{ row: number; value: T }> {
  if (mode === "preview" || (mode === "all" && result.errors.length > 0)) return [];
  const failed = new Set(result.errors.map((e) => e.row));
  return result.valid.filter((v) => !failed.has(v.row));
}

const report = <T>(table: Table, result: RowsResult<T>, written: number) => {
  const failed = new Set(result.errors.map((e) => e.row));
  return {
    rows: table.rows.length,
    valid: result.valid.filter((v) => !failed.has(v.row)).length,
    errors: [...result.errors].sort((a, b) => a.row - b.row),
    written,
  };
};

const ImportRequest = { query: ImportModeQuery };
const importDoc = (what: string) => ({
  tags: ["bulk"],
  summary: `Import ${what} from CSV or XLSX (multipart field \`file\`): preview, all-or-nothing, or valid rows only`,
  access: { roles: WRITERS },
  request: ImportRequest,
  responses: { 200: jsonResponse(ImportResult, "Rows read, valid, errors by row and field, rows written") },
});

/** Bulk import of partners and agreements from spreadsheets. */
export function bulkRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(defineRoute({ method: "post", path: "/import/partners", ...importDoc("partners") }), async (c) => {
    const { mode } = c.req.valid("query");
    const table = await readTable(c);
    const result = partnerRows(table.rows);
    // Codes already held by partners in the database are row errors too.
    const existing = await db.select({ erasmusCode: partners.erasmusCode, schacCode: partners.schacCode }).from(partners);
    const erasmus = new Set(existing.map((p) => p.erasmusCode).filter(Boolean));
    const schac = new Set(existing.map((p) => p.schacCode).filter(Boolean));
    const dbErrors: RowError[] = result.valid.flatMap(({ row, value }) => [
      ...(value.erasmusCode && erasmus.has(value.erasmusCode) ? [{ row, path: "erasmusCode", message: `A partner with Erasmus code ${value.erasmusCode} already exists` }] : []),
      ...(value.schacCode && schac.has(value.schacCode) ? [{ row, path: "schacCode", message: `A partner with SCHAC code ${value.schacCode} already exists` }] : []),
    ]);
    const checked = { valid: result.valid, errors: [...result.errors, ...dbErrors] };
    const toWrite = rowsToWrite(checked, mode);
    if (toWrite.length) {
      try {
        await db.transaction(async (tx) => {
          for (let i = 0; i < toWrite.length; i += 500) {
            const rows = await tx.insert(partners).values(toWrite.slice(i, i + 500).map((r) => partnerValues(r.value))).returning();
            for (const row of rows) {
              await recordAudit(tx, audit, c as Context<ServiceEnv>, { action: "import", entity: "partner", entityId: row.id, after: toPartner(row) });
            }
          }
        });
      } catch (err) {
        if (isUniqueViolation(err)) throw new HttpProblem("duplicate", "Another partner with one of these codes was created meanwhile: nothing was imported.");
        throw err;
      }
    }
    return c.json(report(table, checked, toWrite.length), 200);
  });

  router.openapi(defineRoute({ method: "post", path: "/import/agreements", ...importDoc("agreements") }), async (c) => {
    const { mode } = c.req.valid("query");
    const table = await readTable(c);
    const byKey = new Map<string, string>();
    const all = await db.select({ id: partners.id, name: partners.name, nameLatin: partners.nameLatin, erasmusCode: partners.erasmusCode, schacCode: partners.schacCode }).from(partners);
    const squash = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
    for (const p of all) {
      for (const key of [p.nameLatin, p.name]) if (!byKey.has(squash(key))) byKey.set(squash(key), p.id);
    }
    // Codes win over names when the same text could mean both.
    for (const p of all) {
      if (p.erasmusCode) byKey.set(squash(p.erasmusCode), p.id);
      if (p.erasmusCode) byKey.set(p.erasmusCode.replace(/\s+/g, "").toLowerCase(), p.id);
      if (p.schacCode) byKey.set(p.schacCode, p.id);
    }
    const resolve = (text: string) => byKey.get(squash(text)) ?? byKey.get(text.replace(/\s+/g, "").toLowerCase());
    const result = agreementRows(table.rows, resolve);
    const toWrite = rowsToWrite(result, mode);
    if (toWrite.length) {
      await db.transaction(async (tx) => {
        for (const { value } of toWrite) {
          const id = await insertAgreement(tx, value);
          await recordAudit(tx, audit, c as Context<ServiceEnv>, { action: "import", entity: "agreement", entityId: id, after: value });
        }
      });
    }
    return c.json(report(table, result, toWrite.length), 200);
  });

  return router;
}
