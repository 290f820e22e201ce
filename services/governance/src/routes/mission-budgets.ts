import { MissionBudget, MissionBudgetInput, YearParams } from "@orbis/contracts/governance";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, recordAudit, updateVersioned } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { audit, missionBudgets } from "../db/schema/index";
import { STAFF_READERS, WRITERS } from "../domain/access";
import { budgetView } from "../domain/mission-budget";
import { committedCents } from "../domain/missions";
import type { RouteContext } from "./context";

/** The yearly staff mission envelope: what is set, committed by approvals, pending decision and left. */
export function missionBudgetRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/mission-budgets/{year}",
      tags: ["missions"],
      summary: "A year's envelope with committed, pending and remaining amounts (version 0: not set yet)",
      access: { roles: STAFF_READERS },
      request: { params: YearParams },
      responses: { 200: jsonResponse(MissionBudget, "The envelope") },
    }),
    async (c) => c.json(await budgetView(db, c.req.valid("param").year), 200),
  );

  router.openapi(
    defineRoute({
      method: "put",
      path: "/mission-budgets/{year}",
      tags: ["missions"],
      summary: "Set a year's envelope (version required once it exists); never below what is already approved",
      access: { roles: WRITERS },
      request: { params: YearParams, ...jsonBody(MissionBudgetInput) },
      responses: { 200: jsonResponse(MissionBudget, "The envelope") },
    }),
    async (c) => {
      const { year } = c.req.valid("param");
      const { envelopeCents, version } = c.req.valid("json");
      await db.transaction(async (tx) => {
        const [row] = await tx.select().from(missionBudgets).where(eq(missionBudgets.id, year)).for("update");
        const committed = await committedCents(tx, year);
        if (envelopeCents < committed) {
          throw new HttpProblem("conflict", `${committed} cents are already approved for ${year}.`, {
            errors: [{ path: "body.envelopeCents", message: `At least ${committed} (already approved)` }],
          });
        }
        if (!row) {
          if (version !== undefined) throw new HttpProblem("stale_version", `No envelope exists for ${year} yet: send no version to create it.`);
          const [created] = await tx.insert(missionBudgets).values({ id: year, envelopeCents }).onConflictDoNothing().returning();
          if (!created) throw new HttpProblem("stale_version", `Someone just set the ${year} envelope. Reload and apply your change again.`);
          await recordAudit(tx, audit, c, { action: "create", entity: "mission-budget", entityId: String(year), after: created });
          return;
        }
        if (version === undefined) throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.version", message: "Required: the envelope exists" }] });
        const after = await updateVersioned(tx, missionBudgets, year, version, { envelopeCents });
        await recordAudit(tx, audit, c, { action: "update", entity: "mission-budget", entityId: String(year), before: row, after });
      });
      return c.json(await budgetView(db, year), 200);
    },
  );

  return router;
}
