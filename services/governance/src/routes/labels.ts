import { and, eq, ilike, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import {
  CreateLabelAudit,
  CreateLabelCriterion,
  CreateQualityLabel,
  LabelAudit,
  LabelAuditQuery,
  LabelCriterion,
  LabelCriterionQuery,
  QualityLabel,
  QualityLabelQuery,
  UpdateLabelAudit,
  UpdateLabelCriterion,
  UpdateQualityLabel,
} from "@orbis/contracts/governance";
import { createRouter } from "@orbis/service-kit";
import { labelAudits, labelCriteria, qualityLabels } from "../db/schema/index";
import { STAFF_READERS, WRITERS } from "../domain/access";
import { assertOrdered, assertReference, isoDay } from "../domain/checks";
import type { RouteContext } from "./context";
import { resourceRoutes } from "./resource";

type Q = Record<string, unknown>;

/** Labels in force (or applied for) whose renewal window has opened: expiry minus the notice days is past. */
export function renewalDue(today: string): SQL {
  return and(
    inArray(qualityLabels.status, ["granted", "suspended", "expired"]),
    isNotNull(qualityLabels.expiresOn),
    sql`${qualityLabels.expiresOn} - ${qualityLabels.renewalNoticeDays} * interval '1 day' <= ${today}::date`,
  )!;
}

/** Quality labels: criteria with their evidence, audits, renewal alerts. */
export function labelRoutes({ db, now }: RouteContext) {
  const router = createRouter();
  const common = { tag: "labels", readers: STAFF_READERS, writers: WRITERS } as const;

  router.route(
    "/",
    resourceRoutes(db, {
      ...common,
      entity: "label",
      path: "/labels",
      table: qualityLabels,
      dto: QualityLabel,
      create: CreateQualityLabel,
      update: UpdateQualityLabel,
      query: QualityLabelQuery,
      orderBy: [qualityLabels.name, qualityLabels.id],
      filters: (q: Q) => {
        const where: SQL[] = [];
        if (q.status) where.push(eq(qualityLabels.status, q.status as string));
        if (q.renewalDue === "true") where.push(renewalDue(isoDay(now())));
        if (q.q) where.push(ilike(qualityLabels.name, `%${q.q as string}%`));
        return where;
      },
      check: async (_tx, v) => assertOrdered(v.grantedOn, v.expiresOn, "expiresOn", "A label expires after it is granted."),
    }),
  );

  router.route(
    "/",
    resourceRoutes(db, {
      ...common,
      entity: "label-criterion",
      path: "/label-criteria",
      table: labelCriteria,
      dto: LabelCriterion,
      create: CreateLabelCriterion,
      update: UpdateLabelCriterion,
      query: LabelCriterionQuery,
      orderBy: [labelCriteria.labelId, labelCriteria.code, labelCriteria.id],
      filters: (q: Q) => (q.labelId ? [eq(labelCriteria.labelId, q.labelId as string)] : []),
      check: async (tx, v) => void (await assertReference(tx, qualityLabels, v.labelId, "labelId", "label")),
    }),
  );

  router.route(
    "/",
    resourceRoutes(db, {
      ...common,
      entity: "label-audit",
      path: "/label-audits",
      table: labelAudits,
      dto: LabelAudit,
      create: CreateLabelAudit,
      update: UpdateLabelAudit,
      query: LabelAuditQuery,
      orderBy: [labelAudits.labelId, labelAudits.auditOn, labelAudits.id],
      filters: (q: Q) => (q.labelId ? [eq(labelAudits.labelId, q.labelId as string)] : []),
      check: async (tx, v) => void (await assertReference(tx, qualityLabels, v.labelId, "labelId", "label")),
    }),
  );

  return router;
}
