import { MissionExportQuery } from "@orbis/contracts/governance";
import { createRouter, defineRoute, principalOf } from "@orbis/service-kit";
import { asc, desc } from "drizzle-orm";
import { missions } from "../db/schema/index";
import { missionsFile } from "../domain/mission-export";
import { missionWhere } from "../domain/mission-query";
import { MISSION_READERS, toMission } from "../domain/missions";
import type { RouteContext } from "./context";

/** The filtered mission list as a CSV or XLSX file. */
export function missionExportRoutes({ db, now }: RouteContext) {
  const router = createRouter();
  router.openapi(
    defineRoute({
      method: "get",
      path: "/missions/export",
      tags: ["missions"],
      summary: "The missions the caller may see, filtered as the list, as CSV or XLSX",
      access: { roles: MISSION_READERS },
      request: { query: MissionExportQuery },
      responses: { 200: { description: "text/csv or an XLSX workbook" } },
    }),
    async (c) => {
      const { format, ...query } = c.req.valid("query");
      const rows = await db.select().from(missions).where(missionWhere(principalOf(c), query)).orderBy(desc(missions.startDate), asc(missions.id));
      const file = await missionsFile(rows.map(toMission), format);
      const filename = `missions-${now().toISOString().slice(0, 10)}.${format}`;
      return c.body(file.body as never, 200, { "content-type": file.type, "content-disposition": `attachment; filename="${filename}"` }) as never;
    },
  );
  return router;
}
