import { createRouter, defineRoute, HttpProblem, principalOf } from "@orbis/service-kit";
import { AgreementsCallFailed } from "../clients/agreements";
import { READERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { revisionsOf, toRevision } from "../domain/learning-agreements";
import { loadMobility } from "../domain/mobilities";
import { EwpExportError, omobilityLasXml } from "../ewp/omobility-la";
import { HOME } from "../domain/home-institution";
import type { RouteContext } from "./context";

/** The learning agreement as EWP Outgoing Mobility Learning Agreements v1 (omobility-las get-response). */
export function ewpRoutes({ db, agreements }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/mobilities/{id}/learning-agreement/ewp",
      tags: ["learning agreements"],
      summary: "The learning agreement as an EWP omobility-las v1 get-response document",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: {
        200: { description: "The XML document", content: { "application/xml": { schema: { type: "string" } } } },
        409: { description: "Nothing exchangeable yet (no approved revision, no partner institution)" },
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const mobility = await loadMobility(db, id, principalOf(c));
      if (!mobility.partnerId) throw new HttpProblem("conflict", "This mobility has no partner institution: its learning agreement is not exchanged through EWP.");
      let partner;
      try {
        partner = await agreements.partner(mobility.partnerId);
      } catch (error) {
        if (error instanceof AgreementsCallFailed) throw new HttpProblem("bad_gateway", `The agreements service did not give the partner: ${error.message}`);
        throw error;
      }
      if (!partner.schacCode) throw new HttpProblem("conflict", `The partner ${partner.name} has no SCHAC code: set it in the agreements pole first.`);
      const revisions = (await revisionsOf(db, id)).map(toRevision);
      let xml: string;
      try {
        xml = omobilityLasXml({
          mobility,
          sendingHei: { schacCode: HOME.schacCode, name: HOME.name },
          receivingHei: { schacCode: partner.schacCode, name: partner.name },
          revisions,
        });
      } catch (error) {
        if (error instanceof EwpExportError) throw new HttpProblem("conflict", error.message);
        throw error;
      }
      return new Response(xml, {
        status: 200,
        headers: { "content-type": "application/xml; charset=utf-8", "content-disposition": `attachment; filename="learning-agreement-${id}.xml"`, "cache-control": "private, no-store" },
      }) as never;
    },
  );

  return router;
}
