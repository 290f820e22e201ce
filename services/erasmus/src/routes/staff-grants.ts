import { StaffMobilityGrant, type ProjectAction } from "@orbis/contracts/erasmus";
import { createRouter, defineRoute, HttpProblem, jsonResponse } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { projects } from "../db/schema/index";
import { READ } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { computeGrant } from "../domain/grants/engine";
import { GrantInputError } from "../domain/grants/errors";
import { loadRates } from "../domain/rates";
import { loadStaffMobility, staffGrantInput, toStaffMobility } from "../domain/staff-mobilities";
import type { RouteContext } from "./context";

/** A staff mobility's grant: the grant engine on the mobility, with its project's call year rates, every amount explained. */
export function staffGrantRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/staff-mobilities/{id}/grant",
      tags: ["staff mobilities"],
      summary: "The grant of a staff mobility (individual support by days, travel by distance band, top-ups), explained",
      access: READ,
      request: { params: IdParams },
      responses: { 200: jsonResponse(StaffMobilityGrant, "The engine's input and result") },
    }),
    async (c) => {
      const mobility = toStaffMobility(await loadStaffMobility(db, c.req.valid("param").id));
      if (!mobility.projectId) throw new HttpProblem("unprocessable", "Assign the mobility to a KA131 or KA171 project first: its call year sets the rates.");
      const [project] = await db.select({ action: projects.action, callYear: projects.callYear }).from(projects).where(eq(projects.id, mobility.projectId));
      if (!project) throw new HttpProblem("unprocessable", "The mobility's project no longer exists.");
      const rates = (await loadRates(db, [project.callYear])).get(project.callYear);
      if (!rates) throw new HttpProblem("unprocessable", `No rates are set for call year ${project.callYear}.`);
      const input = staffGrantInput(mobility, { action: project.action as ProjectAction, callYear: project.callYear });
      try {
        return c.json({ input, result: computeGrant(input, rates) }, 200);
      } catch (error) {
        if (error instanceof GrantInputError) throw new HttpProblem("unprocessable", error.message, { errors: [{ path: error.path, message: error.message }] });
        throw error;
      }
    },
  );

  return router;
}
