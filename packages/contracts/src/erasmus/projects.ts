import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf, patchOf } from "../common";
import { CallYear, Cents, CountryCode, IsoDate, ProjectAction, pageQuery } from "./common";

/** The budget categories of a mobility project's grant agreement. */
export const BUDGET_CATEGORIES = ["individualSupport", "travel", "inclusionSupport", "organisationalSupport"] as const;
export const BudgetCategory = z.enum(BUDGET_CATEGORIES);
export type BudgetCategory = z.infer<typeof BudgetCategory>;
export const Budget = z.object({
  individualSupport: Cents,
  travel: Cents,
  inclusionSupport: Cents,
  organisationalSupport: Cents,
});
export type Budget = z.infer<typeof Budget>;

export const PROJECT_STATUSES = ["draft", "running", "closed"] as const;
export const ProjectStatus = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/** A grant agreement number as the National Agency issues it, e.g. 2024-1-FR01-KA131-HED-000123456. */
export const GrantAgreementNumber = z
  .string()
  .trim()
  .regex(/^\d{4}-\d-[A-Z]{2}\d{2}-KA1[37]1-HED-\d{6,9}$/, "Grant agreement number, e.g. 2024-1-FR01-KA131-HED-000123456");

const projectFields = {
  action: ProjectAction,
  callYear: CallYear,
  grantAgreementNumber: GrantAgreementNumber,
  title: z.string().trim().min(1).max(300),
  startDate: IsoDate,
  endDate: IsoDate,
  budget: Budget,
  /** KA171 only: the partner countries the project covers. */
  partnerCountries: z.array(CountryCode).max(60).default([]),
  status: ProjectStatus.default("running"),
};

export const Project = z.object({
  id: Id,
  ...projectFields,
  status: ProjectStatus,
  partnerCountries: z.array(CountryCode),
  budgetTotalCents: Cents,
  amendmentCount: z.number().int().min(0),
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Project = z.infer<typeof Project>;
export const ProjectPage = pageOf(Project);

export const CreateProject = z.object(projectFields);
export type CreateProject = z.infer<typeof CreateProject>;

/** A plain edit (typo, title, status); changes to the period or budget go through an amendment. */
export const UpdateProject = patchOf({ title: projectFields.title, status: ProjectStatus, partnerCountries: z.array(CountryCode).max(60) }).extend({ version: Version });
export type UpdateProject = z.infer<typeof UpdateProject>;

/** An amendment to the grant agreement: new period and/or budget, with its reason. */
export const CreateAmendment = z.object({
  version: Version,
  signedOn: IsoDate,
  reason: z.string().trim().min(1).max(2000),
  endDate: IsoDate.optional(),
  budget: Budget.partial().optional(),
});
export type CreateAmendment = z.infer<typeof CreateAmendment>;

export const Amendment = z.object({
  id: Id,
  projectId: Id,
  number: z.number().int().min(1),
  signedOn: IsoDate,
  reason: z.string(),
  before: z.object({ endDate: IsoDate, budget: Budget }),
  after: z.object({ endDate: IsoDate, budget: Budget }),
  recordedBy: z.string(),
  recordedAt: IsoDateTime,
});
export type Amendment = z.infer<typeof Amendment>;

export const ProjectQuery = z.object({
  action: ProjectAction.optional(),
  callYear: CallYear.optional(),
  status: z.enum(["draft", "running", "closed"]).optional(),
  q: z.string().max(200).optional(),
  ...pageQuery,
});
export type ProjectQuery = z.infer<typeof ProjectQuery>;
