import { z } from "zod";
import { Id, IsoDateTime } from "../common";
import { CountryCode } from "../agreements";
import { DepartmentCode } from "../identity";
import { Cents, IsoDate, Label, LongText, PolicyYear, VersionBody, Versioned } from "./common";

/** A staff mission's life: the requester drafts and submits, leadership decides, the traveller reports, the DRI pays back. */
export const MISSION_STATUSES = ["draft", "submitted", "approved", "refused", "completed", "reimbursed"] as const;
export const MissionStatus = z.enum(MISSION_STATUSES);
export type MissionStatus = z.infer<typeof MissionStatus>;

export const MISSION_ACTIONS = ["submit", "approve", "refuse", "complete", "reimburse"] as const;
export const MissionAction = z.enum(MISSION_ACTIONS);
export type MissionAction = z.infer<typeof MissionAction>;

/** Statuses whose cost counts against the year's envelope. */
export const COMMITTED_MISSION_STATUSES = ["approved", "completed", "reimbursed"] as const satisfies readonly MissionStatus[];

export const COST_CATEGORIES = ["transport", "accommodation", "subsistence", "registration", "other"] as const;
export const CostCategory = z.enum(COST_CATEGORIES);

export const CostLine = z.object({ category: CostCategory, label: Label, amountCents: Cents });
export type CostLine = z.infer<typeof CostLine>;

const MissionFields = z.object({
  department: DepartmentCode.nullable(),
  destinationCity: Label,
  destinationCountry: CountryCode,
  purpose: LongText.min(1),
  startDate: IsoDate,
  endDate: IsoDate,
  costLines: z.array(CostLine).min(1, "At least one cost line").max(30),
});

const datesInOrder = (v: { startDate: string; endDate: string }, ctx: z.RefinementCtx) => {
  if (v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "Ends before it starts" });
};

export const MissionInput = MissionFields.superRefine(datesInOrder);
export type MissionInput = z.infer<typeof MissionInput>;
export const MissionUpdate = MissionFields.extend(VersionBody.shape).superRefine(datesInOrder);
export type MissionUpdate = z.infer<typeof MissionUpdate>;

export const Mission = MissionFields.extend({
  id: Id,
  requesterEmail: z.string(),
  requesterName: z.string(),
  status: MissionStatus,
  /** The budget year: the calendar year the mission starts in. */
  year: z.number().int(),
  totalCents: z.number().int(),
  decisionNote: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: IsoDateTime.nullable(),
  reimbursedCents: z.number().int().nullable(),
  reimbursedOn: z.string().nullable(),
  ...Versioned.shape,
});
export type Mission = z.infer<typeof Mission>;

export const MissionTransition = z
  .object({
    action: MissionAction,
    version: z.number().int().min(1),
    note: LongText.optional(),
    /** Reimbursement only: what was paid back, and when. */
    reimbursedCents: Cents.optional(),
    reimbursedOn: IsoDate.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.action === "refuse" && !v.note) ctx.addIssue({ code: "custom", path: ["note"], message: "Say why the mission is refused" });
    if (v.action === "reimburse" && v.reimbursedCents === undefined) ctx.addIssue({ code: "custom", path: ["reimbursedCents"], message: "Amount paid back required" });
    if (v.action === "reimburse" && !v.reimbursedOn) ctx.addIssue({ code: "custom", path: ["reimbursedOn"], message: "Payment date required" });
  });
export type MissionTransition = z.infer<typeof MissionTransition>;

export const MissionQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: MissionStatus.optional(),
  department: DepartmentCode.optional(),
  /** Only the caller's own requests. */
  mine: z.enum(["true", "false"]).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type MissionQuery = z.infer<typeof MissionQuery>;

export const MissionPage = z.object({ items: z.array(Mission), total: z.number().int().min(0) });
export type MissionPage = z.infer<typeof MissionPage>;

export const MissionExportQuery = MissionQuery.omit({ limit: true, offset: true }).extend({ format: z.enum(["csv", "xlsx"]).default("csv") });

/** The DRI's yearly envelope for staff missions and what approvals already committed. */
export const MissionBudget = z.object({
  year: z.number().int(),
  envelopeCents: z.number().int(),
  committedCents: z.number().int(),
  remainingCents: z.number().int(),
  pendingCents: z.number().int(),
  version: z.number().int(),
});
export type MissionBudget = z.infer<typeof MissionBudget>;
export const MissionBudgetInput = z.object({ envelopeCents: Cents, version: z.number().int().min(1).optional() });
export type MissionBudgetInput = z.infer<typeof MissionBudgetInput>;
export const YearParams = z.object({ year: z.coerce.number().pipe(PolicyYear) });
