import { BENEFICIARY_COLUMNS, BeneficiaryCheck, BeneficiaryExportQuery, ProjectBudget, type GrantResult } from "@orbis/contracts/erasmus";
import { Id } from "@orbis/contracts/common";
import { toCsv, toXlsx } from "@orbis/documents/tables";
import type { Db } from "@orbis/db";
import { createRouter, defineRoute, HttpProblem, jsonResponse } from "@orbis/service-kit";
import { and, asc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { grants, projects } from "../db/schema/index";
import { READ } from "../domain/access";
import { beneficiaryRow, rowIssues } from "../domain/beneficiary";
import { projectBudget } from "../domain/budget";
import { loadRates } from "../domain/rates";
import type { RouteContext } from "./context";

const params = z.object({ id: Id });

async function projectOr404(db: Db, id: string) {
  const [project] = await db.select().from(projects).where(eq(projects.id, id));
  if (!project) throw new HttpProblem("not_found", "No such project.");
  return project;
}

const reportedGrants = (db: Db, projectId: string) =>
  db.select().from(grants).where(and(eq(grants.projectId, projectId), ne(grants.mobilityStatus, "cancelled"))).orderBy(asc(grants.participantName), asc(grants.id));

/** A project's budget consumption and its Beneficiary Module report (pre-check, CSV, XLSX). */
export function projectReportRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({ method: "get", path: "/projects/{id}/budget", tags: ["payments"], summary: "Budget per category: allocated, committed, paid, forecast, overspend alerts", access: READ, request: { params }, responses: { 200: jsonResponse(ProjectBudget, "Budget") } }),
    async (c) => {
      const project = await projectOr404(db, c.req.valid("param").id);
      const rows = await db
        .select({ status: grants.mobilityStatus, result: grants.result, problem: grants.problem, totalCents: grants.totalCents, paidCents: grants.paidCents })
        .from(grants)
        .where(eq(grants.projectId, project.id));
      const rates = (await loadRates(db, [project.callYear])).get(project.callYear);
      const budget = projectBudget(project, rows.map((r) => ({ ...r, result: r.result as GrantResult | null })), rates?.organisationalPerParticipant ?? 0);
      return c.json(budget, 200);
    },
  );

  router.openapi(
    defineRoute({ method: "get", path: "/projects/{id}/beneficiary-report/check", tags: ["reporting"], summary: "Rows the Beneficiary Module would reject or get wrong, before export", access: READ, request: { params }, responses: { 200: jsonResponse(BeneficiaryCheck, "Pre-check") } }),
    async (c) => {
      const project = await projectOr404(db, c.req.valid("param").id);
      const rows = await reportedGrants(db, project.id);
      const problems = rows.map((g) => ({ grantId: g.id, participant: g.participantName, issues: rowIssues(g) })).filter((p) => p.issues.length);
      return c.json({ projectId: project.id, rows: rows.length, problems }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/projects/{id}/beneficiary-report",
      tags: ["reporting"],
      summary: "The Beneficiary Module import: one row per mobility, CSV or XLSX",
      access: READ,
      request: { params, query: BeneficiaryExportQuery },
      responses: { 200: { description: "CSV or XLSX file" } },
    }),
    async (c) => {
      const project = await projectOr404(db, c.req.valid("param").id);
      const { format } = c.req.valid("query");
      const rows = (await reportedGrants(db, project.id)).map((g) => beneficiaryRow(g));
      const columns = BENEFICIARY_COLUMNS.map((key) => ({ key, header: key }));
      const name = `beneficiary-${project.grantAgreementNumber}`;
      if (format === "xlsx") {
        const bytes = await toXlsx(columns, rows, project.grantAgreementNumber);
        return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": `attachment; filename="${name}.xlsx"`,
        });
      }
      return c.body(toCsv(columns, rows), 200, { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"` });
    },
  );
  return router;
}
