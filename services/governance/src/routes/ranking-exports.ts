import { RankingExportQuery } from "@orbis/contracts/governance";
import { createRouter, defineRoute, findOr404 } from "@orbis/service-kit";
import { rankingExercises } from "../db/schema/index";
import { STAFF_READERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { rankingFile } from "../domain/ranking-export";
import { toRankingExercise } from "../domain/rankings";
import type { RouteContext } from "./context";

/** An exercise's figures as CSV, XLSX or PDF. */
export function rankingExportRoutes({ db }: RouteContext) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/rankings/{id}/export",
      tags: ["rankings"],
      summary: "The exercise's figures with their origin and source, as CSV, XLSX or PDF (French or English)",
      access: { roles: STAFF_READERS },
      request: { params: IdParams, query: RankingExportQuery },
      responses: { 200: { description: "text/csv, an XLSX workbook or a PDF" } },
    }),
    async (c) => {
      const { format, lang } = c.req.valid("query");
      const exercise = toRankingExercise(await findOr404(db, rankingExercises, c.req.valid("param").id, "exercise"));
      const file = await rankingFile(exercise, format, lang);
      const filename = `rankings-${exercise.scheme}-${exercise.referenceYear}.${format}`;
      return c.body(file.body as never, 200, { "content-type": file.type, "content-disposition": `attachment; filename="${filename}"` }) as never;
    },
  );
  return router;
}
