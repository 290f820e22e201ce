import { z } from "zod";
import { Id } from "../common";
import { IndicatorKey, IndicatorReading } from "./indicators";
import { IsoDate, Label, LongText, PolicyYear, VersionBody, Versioned } from "./common";

/** The equal-access dimensions the policy follows. */
export const EqualityDimension = z.enum(["scholarship_holders", "disability", "gender"]);
export type EqualityDimension = z.infer<typeof EqualityDimension>;

const TargetFields = z.object({ dimension: EqualityDimension, indicatorKey: IndicatorKey, year: PolicyYear, targetValue: z.number().min(0).max(1_000_000), notes: LongText.default("") });
export const EqualityTargetInput = TargetFields;
export const EqualityTargetUpdate = TargetFields.extend(VersionBody.shape);
export const EqualityTarget = TargetFields.extend({ id: Id, reading: IndicatorReading, ...Versioned.shape });
export type EqualityTarget = z.infer<typeof EqualityTarget>;

export const EqualityActionStatus = z.enum(["planned", "in_progress", "done"]);
const ActionFields = z.object({ dimension: EqualityDimension, title: Label, owner: Label, dueDate: IsoDate, status: EqualityActionStatus, notes: LongText.default("") });
export const EqualityActionInput = ActionFields;
export const EqualityActionUpdate = ActionFields.extend(VersionBody.shape);
export const EqualityAction = ActionFields.extend({ id: Id, overdue: z.boolean(), ...Versioned.shape });
export type EqualityAction = z.infer<typeof EqualityAction>;

export const EqualityQuery = z.object({ year: z.coerce.number().pipe(PolicyYear).optional(), dimension: EqualityDimension.optional() });
export const EqualityOverview = z.object({ targets: z.array(EqualityTarget), actions: z.array(EqualityAction) });
export type EqualityOverview = z.infer<typeof EqualityOverview>;
