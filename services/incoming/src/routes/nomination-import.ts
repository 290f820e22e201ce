import { NominationImportQuery, NominationImportResult } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, HttpProblem, jsonResponse } from "@orbis/service-kit";
import { BulkFormatError, sheetRowNumber, type RowError } from "../bulk/errors";
import { nominationRows } from "../bulk/nomination-rows";
import { parseTable } from "../bulk/parse-table";
import { WRITERS } from "../domain/access";
import { checkNomination, insertNomination, type CheckedNomination } from "../domain/nominations";
import { recordPlace, type PlaceRequest } from "../domain/places";
import { uploadedForm } from "../domain/upload";
import type { RouteContext } from "./context";

const placeKey = (p: PlaceRequest) => `${p.agreementId}/${p.conditionId}/${p.academicYear}`;

/** Partners' nominations from a spreadsheet: preview, all-or-nothing, or valid rows only, each row checked against the places. */
export function nominationImportRoutes({ db, agreements }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "post",
      path: "/students/import",
      tags: ["admission"],
      summary: "Import nominations from CSV or XLSX (multipart `file`); mode preview (default), all (nothing if any row fails) or valid-only; rows beyond the agreement's places are errors",
      access: { roles: WRITERS },
      request: { query: NominationImportQuery },
      responses: { 200: jsonResponse(NominationImportResult, "Rows read, valid, errors by row and column, rows written, the rows read") },
    }),
    async (c) => {
      const { mode } = c.req.valid("query");
      const { bytes, filename } = await uploadedForm(c);
      let table;
      try {
        table = await parseTable(bytes, filename);
      } catch (error) {
        if (error instanceof BulkFormatError) throw new HttpProblem("validation", error.message, { errors: [{ path: "body.file", message: error.message }] });
        throw error;
      }
      const result = nominationRows(table.rows);
      const errors: RowError[] = [...result.errors];
      const checked: Array<{ row: number; value: CheckedNomination }> = [];
      const taken = new Map<string, number>();
      for (const { row, value } of result.valid) {
        try {
          const nomination = await checkNomination(agreements, value, "");
          if (nomination.place) {
            const key = placeKey(nomination.place);
            const before = taken.get(key) ?? 0;
            if (nomination.remaining! - before <= 0) {
              errors.push({ row, path: "conditionId", message: "No receiving place is left on this agreement for the year" });
              continue;
            }
            taken.set(key, before + 1);
          }
          checked.push({ row, value: nomination });
        } catch (error) {
          if (!(error instanceof HttpProblem) || error.status !== 400) throw error;
          for (const e of error.errors ?? [{ path: "row", message: error.message }]) errors.push({ row, path: e.path, message: e.message });
        }
      }
      errors.sort((a, b) => a.row - b.row);
      const toWrite = mode === "preview" || (mode === "all" && errors.length > 0) ? [] : checked;
      const recorded: Array<{ place: PlaceRequest; id: string }> = [];
      if (toWrite.length) {
        try {
          await db.transaction(async (tx) => {
            for (const { value } of toWrite) {
              const row = await insertNomination(tx, c, agreements, value, undefined, "import");
              if (value.place) recorded.push({ place: value.place, id: row.id });
            }
          });
        } catch (error) {
          // The students were rolled back: give back the places already taken for them.
          for (const { place, id } of recorded) await recordPlace(agreements, place, -1, `rollback:${id}`).catch(() => undefined);
          throw error;
        }
      }
      const preview = result.cells.map((cell, i) => ({
        row: sheetRowNumber(i),
        name: `${cell.firstName ?? ""} ${cell.lastName ?? ""}`.trim(),
        email: cell.email ?? "",
        department: (cell.department ?? "").toUpperCase(),
        home: cell.homeInstitutionName ?? cell.partnerId ?? "",
      }));
      return c.json({ rows: table.rows.length, valid: checked.length, errors, written: toWrite.length, preview }, 200);
    },
  );

  return router;
}
