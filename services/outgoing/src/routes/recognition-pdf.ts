import { RecognitionPdfQuery } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, principalOf } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { recognitions } from "../db/schema/index";
import { READERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadMobility } from "../domain/mobilities";
import { toRecognition } from "../domain/recognition";
import { recognitionPdf } from "../domain/recognition-pdf";
import type { RouteContext } from "./context";

/** The recognition decision as a printable PDF (French or English). */
export function recognitionPdfRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/mobilities/{id}/recognition/pdf",
      tags: ["recognition"],
      summary: "The recognition decision as a PDF, in French (default) or English",
      access: { roles: READERS },
      request: { params: IdParams, query: RecognitionPdfQuery },
      responses: { 200: { description: "The PDF", content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } } } },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { lang } = c.req.valid("query");
      const mobility = await loadMobility(db, id, principalOf(c));
      const [row] = await db.select().from(recognitions).where(eq(recognitions.mobilityId, id));
      if (!row) throw new HttpProblem("not_found", "No recognition recorded for this mobility yet.");
      const bytes = await recognitionPdf(mobility, toRecognition(row), lang);
      const name = lang === "fr" ? "decision-reconnaissance" : "recognition-decision";
      return new Response(new Uint8Array(bytes), {
        status: 200,
        headers: {
          "content-type": "application/pdf",
          "content-disposition": `attachment; filename="${name}-${mobility.studentNumber}.pdf"`,
          "content-language": lang,
          "cache-control": "private, no-store",
        },
      }) as never;
    },
  );

  return router;
}
