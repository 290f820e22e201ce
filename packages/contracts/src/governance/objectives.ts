import { z } from "zod";
import { editOf, IsoDate, Label, LongText, pageOf, Paging, PolicyYear, QueryText, Versioned } from "./common";
import { IndicatorKey, IndicatorReading } from "./indicators";

export const OBJECTIVE_STATUSES = ["draft", "active", "achieved", "abandoned"] as const;
export const ObjectiveStatus = z.enum(OBJECTIVE_STATUSES);
export type ObjectiveStatus = z.infer<typeof ObjectiveStatus>;
/** Whether the policy wants the figure to grow (most) or to fall. */
export const ObjectiveDirection = z.enum(["increase", "decrease"]);

const objectiveFields = {
  title: Label,
  description: LongText.optional(),
  /** The policy axis it belongs to, e.g. "Mobilité" or "Attractivité". */
  axis: Label.optional(),
  indicatorKey: IndicatorKey,
  direction: ObjectiveDirection.optional(),
  startYear: PolicyYear,
  endYear: PolicyYear,
  owner: Label.optional(),
  status: ObjectiveStatus.optional(),
};
export const CreateObjective = z.object(objectiveFields);
export const UpdateObjective = editOf(CreateObjective);
export const Objective = z.object({
  id: z.string().uuid(),
  title: z.string(),
  description: z.string(),
  axis: z.string(),
  indicatorKey: IndicatorKey,
  direction: ObjectiveDirection,
  startYear: z.number().int(),
  endYear: z.number().int(),
  owner: z.string(),
  status: ObjectiveStatus,
  ...Versioned.shape,
});
export type Objective = z.infer<typeof Objective>;
export const ObjectivePage = pageOf(Objective);
export const ObjectiveQuery = z.object({ status: ObjectiveStatus.optional(), indicatorKey: IndicatorKey.optional(), year: z.coerce.number().int().optional(), q: QueryText, ...Paging });

/** The target of one objective for one year. */
export const CreateObjectiveTarget = z.object({ objectiveId: z.string().uuid(), year: PolicyYear, target: z.number().min(0).max(1e9) });
export const UpdateObjectiveTarget = editOf(CreateObjectiveTarget.omit({ objectiveId: true }));
export const ObjectiveTarget = z.object({ id: z.string().uuid(), objectiveId: z.string().uuid(), year: z.number().int(), target: z.number(), ...Versioned.shape });
export type ObjectiveTarget = z.infer<typeof ObjectiveTarget>;
export const ObjectiveTargetPage = pageOf(ObjectiveTarget);
export const ObjectiveTargetQuery = z.object({ objectiveId: z.string().uuid().optional(), ...Paging });

/** A figure entered by hand when analytics does not compute it, with where it comes from. */
export const CreateObjectiveValue = z.object({
  objectiveId: z.string().uuid(),
  year: PolicyYear,
  value: z.number().min(0).max(1e9),
  source: Label,
  measuredOn: IsoDate.optional(),
});
export const UpdateObjectiveValue = editOf(CreateObjectiveValue.omit({ objectiveId: true }));
export const ObjectiveValue = z.object({
  id: z.string().uuid(),
  objectiveId: z.string().uuid(),
  year: z.number().int(),
  value: z.number(),
  source: z.string(),
  measuredOn: z.string().nullable(),
  ...Versioned.shape,
});
export type ObjectiveValue = z.infer<typeof ObjectiveValue>;
export const ObjectiveValuePage = pageOf(ObjectiveValue);
export const ObjectiveValueQuery = ObjectiveTargetQuery;

/** One year of an objective: its target, the figure (entered, computed, or none yet) and the progress towards it. */
export const ObjectiveYearProgress = z.object({
  year: z.number().int(),
  target: z.number().nullable(),
  value: z.number().nullable(),
  origin: z.enum(["manual", "analytics", "none"]),
  /** The source of an entered figure, or why analytics has none. */
  source: z.string().nullable(),
  reading: IndicatorReading.nullable(),
  /** value / target in percent (inverted for "decrease" objectives), capped at 999. */
  progressPercent: z.number().nullable(),
  met: z.boolean().nullable(),
});
export type ObjectiveYearProgress = z.infer<typeof ObjectiveYearProgress>;
export const ObjectiveProgress = z.object({ objective: Objective, years: z.array(ObjectiveYearProgress) });
export type ObjectiveProgress = z.infer<typeof ObjectiveProgress>;
