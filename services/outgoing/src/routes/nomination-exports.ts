import { EwpNominations, NominationExportQuery } from "@orbis/contracts/outgoing";
import { createRouter, defineRoute, HttpProblem, jsonResponse } from "@orbis/service-kit";
import { and, eq } from "drizzle-orm";
import { callDestinations, nominations } from "../db/schema/index";
import { STAFF } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { loadCall } from "../domain/calls";
import { nominationsCsv, nominationsEwp, nominationsPdf } from "../domain/nomination-exports";
import { nominationViews } from "../domain/nominations";
import type { RouteContext } from "./context";

/** One host's nominations as files for the host: CSV, a PDF letter, EWP-shaped JSON. */
export function nominationExportRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/calls/{id}/nominations/export",
      tags: ["nominations"],
      summary: "One host's live nominations as CSV, a PDF letter, or EWP-shaped JSON",
      access: { roles: STAFF },
      request: { params: IdParams, query: NominationExportQuery },
      responses: { 200: jsonResponse(EwpNominations, "EWP JSON (format=ewp); text/csv or application/pdf otherwise") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { partnerId, format } = c.req.valid("query");
      const call = await loadCall(db, id);
      const views = await nominationViews(db, and(eq(nominations.callId, id), eq(callDestinations.partnerId, partnerId), eq(nominations.status, "nominated")));
      const [host] = await db.select().from(callDestinations).where(and(eq(callDestinations.callId, id), eq(callDestinations.partnerId, partnerId))).limit(1);
      if (!host) throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "query.partnerId", message: "Not a host of this call" }] });
      const filename = `nominations-${call.academicYear}-${(host.partnerErasmusCode ?? host.partnerName).replace(/[^A-Za-z0-9]+/g, "-")}`;
      if (format === "ewp") return c.json(nominationsEwp(views, { schac: host.partnerSchac, erasmusCode: host.partnerErasmusCode, name: host.partnerName }), 200);
      if (format === "csv") {
        return c.body(nominationsCsv(views), 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}.csv"` }) as never;
      }
      const pdf = await nominationsPdf(views, host.partnerName, call.academicYear);
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, { "content-type": "application/pdf", "content-disposition": `attachment; filename="${filename}.pdf"` }) as never;
    },
  );


  return router;
}
