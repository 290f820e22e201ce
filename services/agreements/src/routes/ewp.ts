import { HOME_INSTITUTION } from "@orbis/demo-data";
import { createRouter, defineRoute, HttpProblem, jsonResponse, principalOf } from "@orbis/service-kit";
import { eq, inArray } from "drizzle-orm";
import { agreements, partners } from "../db/schema";
import { READERS, WRITERS } from "../domain/access";
import { loadAgreement } from "../domain/agreements";
import { EwpImportReport, IdParams } from "../domain/api-schemas";
import { importIias } from "../domain/ewp-import";
import { loadPartners } from "../domain/partners";
import { EwpExportError, EwpFormatError, iiaGetResponseXml } from "../ewp";
import type { RouteContext } from "./context";

/** The home institution as EWP knows it. */
export interface EwpHome {
  schac: string;
  erasmusCode: string | null;
  name: string;
}
export const DEFAULT_EWP_HOME: EwpHome = {
  schac: HOME_INSTITUTION.schacCode,
  erasmusCode: HOME_INSTITUTION.erasmusCode,
  name: HOME_INSTITUTION.nameEn,
};

/** Erasmus Without Paper: IIA v7 get-response export and import. */
export function ewpRoutes({ db, home = DEFAULT_EWP_HOME }: RouteContext & { home?: EwpHome }) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/agreements/{id}/ewp",
      tags: ["ewp"],
      summary: "The agreement as an EWP IIAs v7 get-response document",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: {
        200: { description: "iias-get-response XML", content: { "application/xml": { schema: { type: "string" } } } },
        422: { description: "Not expressible as an EWP IIA (type, partners, SCHAC code)" },
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const agreement = await loadAgreement(db, id, principalOf(c));
      const [row] = await db.select({ externalId: agreements.externalId }).from(agreements).where(eq(agreements.id, id));
      const agreementPartners = await loadPartners(db, inArray(partners.id, agreement.partnerIds), []);
      let xml: string;
      try {
        xml = iiaGetResponseXml({ agreement, partners: agreementPartners, home, partnerIiaId: row?.externalId ?? null });
      } catch (err) {
        if (err instanceof EwpExportError) throw new HttpProblem("unprocessable", err.message);
        throw err;
      }
      return new Response(xml, {
        status: 200,
        headers: {
          "content-type": "application/xml; charset=utf-8",
          "content-disposition": `attachment; filename="${agreement.reference}.xml"`,
        },
      }) as never;
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/ewp/import",
      tags: ["ewp"],
      summary: "Import an EWP IIAs v7 get-response (XML body): creates or updates partners and agreements",
      access: { roles: WRITERS },
      responses: { 200: jsonResponse(EwpImportReport, "What was created, updated and ignored") },
    }),
    async (c) => {
      const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      if (type !== "application/xml" && type !== "text/xml") {
        throw new HttpProblem("unsupported_media_type", "Send the get-response document with content-type application/xml.");
      }
      const xml = await c.req.text();
      try {
        const report = await db.transaction((tx) => importIias(tx, c, xml, home.schac));
        return c.json(report, 200);
      } catch (err) {
        if (err instanceof EwpFormatError) throw new HttpProblem("bad_request", err.message);
        throw err;
      }
    },
  );

  return router;
}
