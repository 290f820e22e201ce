import { z } from "zod";
import { Id, IsoDateTime, Version, pageOf } from "../common";
import { Cents, CountryCode, IsoDate, ProjectAction, pageQuery } from "./common";
import { DestinationGroup, DistanceBand } from "./rates";

export const Period = z.object({ start: IsoDate, end: IsoDate });
export type Period = z.infer<typeof Period>;

/** What the team adds to a mobility for its grant (the rest comes from the mobility itself). */
export const GrantSettings = z.object({
  distanceBand: DistanceBand.nullable(),
  greenTravel: z.boolean(),
  /** Travel days asked for (capped by the rates: 2 standard, 6 green). */
  travelDays: z.number().int().min(0).max(10),
  /** Days the mobility was paused: they are not part of it. */
  interruptions: z.array(Period).max(20),
  /** Days spent abroad without grant (e.g. beyond the months the project can fund). */
  zeroGrantPeriods: z.array(Period).max(20),
});
export type GrantSettings = z.infer<typeof GrantSettings>;

/** A student's mobility as the grant engine reads it (from the outgoing service's Erasmus+ mobility). */
export const StudentGrantInput = GrantSettings.extend({
  kind: z.literal("student"),
  action: ProjectAction,
  callYear: z.number().int(),
  activity: z.enum(["studies", "traineeship"]),
  /** Short-term (5-30 days: blended or doctoral) rather than long-term (2-12 months). */
  shortTerm: z.boolean(),
  start: IsoDate,
  end: IsoDate,
  countryCode: CountryCode,
  fewerOpportunities: z.boolean(),
});
export type StudentGrantInput = z.infer<typeof StudentGrantInput>;

/** A staff mobility (teaching STA, training STT) as the grant engine reads it. */
export const StaffGrantInput = GrantSettings.extend({
  kind: z.literal("staff"),
  action: ProjectAction,
  callYear: z.number().int(),
  activity: z.enum(["teaching", "training"]),
  start: IsoDate,
  end: IsoDate,
  countryCode: CountryCode,
  fewerOpportunities: z.boolean(),
});
export type StaffGrantInput = z.infer<typeof StaffGrantInput>;

export const GrantInput = z.discriminatedUnion("kind", [StudentGrantInput, StaffGrantInput]);
export type GrantInput = z.infer<typeof GrantInput>;

export const GRANT_COMPONENTS = ["individualSupport", "fewerOpportunities", "traineeship", "travel", "greenTopUp"] as const;
export const GrantComponentCode = z.enum(GRANT_COMPONENTS);
export type GrantComponentCode = z.infer<typeof GrantComponentCode>;

/** One amount with why: which rule, which rate, how many units. */
export const GrantComponent = z.object({
  code: GrantComponentCode,
  amountCents: Cents,
  rule: z.string(),
  /** e.g. [{ label: "months", quantity: 4, rateCents: 60000 }, { label: "days", quantity: 10, rateCents: 2000 }]. */
  lines: z.array(z.object({ unit: z.enum(["month", "day", "once"]), quantity: z.number(), rateCents: Cents, amountCents: Cents })),
  explanation: z.string(),
});
export type GrantComponent = z.infer<typeof GrantComponent>;

export const GrantResult = z.object({
  group: DestinationGroup,
  /** Days of the mobility (30-day months), interruptions removed. */
  durationDays: z.number().int().min(0),
  fundedDays: z.number().int().min(0),
  travelDays: z.number().int().min(0),
  fundedMonths: z.number().int().min(0),
  fundedExtraDays: z.number().int().min(0),
  components: z.array(GrantComponent),
  totalCents: Cents,
});
export type GrantResult = z.infer<typeof GrantResult>;

export const GRANT_STATUSES = ["computed", "incomplete"] as const;

/** A participant's grant in a project: the mobility it is for, the engine's inputs and result, payments so far. */
export const Grant = z.object({
  id: Id,
  projectId: Id.nullable(),
  source: z.enum(["student", "staff"]),
  mobilityId: Id,
  participantName: z.string(),
  participantRef: z.string(),
  department: z.string().nullable(),
  academicYear: z.number().int(),
  countryCode: CountryCode,
  hostName: z.string(),
  status: z.string(),
  input: GrantInput,
  result: GrantResult.nullable(),
  /** Why the grant could not be computed (rate missing, band unknown...). */
  problem: z.string().nullable(),
  totalCents: Cents,
  paidCents: Cents,
  reportSubmitted: z.boolean(),
  version: Version,
  updatedAt: IsoDateTime,
});
export type Grant = z.infer<typeof Grant>;
export const GrantPage = pageOf(Grant);

export const GrantQuery = z.object({
  projectId: Id.optional(),
  academicYear: z.coerce.number().int().optional(),
  q: z.string().max(200).optional(),
  incomplete: z.enum(["true", "false"]).optional(),
  ...pageQuery,
});
export type GrantQuery = z.infer<typeof GrantQuery>;

export const UpdateGrant = GrantSettings.partial().extend({
  version: Version,
  reportSubmitted: z.boolean().optional(),
  reason: z.string().trim().max(500).optional(),
});
export type UpdateGrant = z.infer<typeof UpdateGrant>;

export const GrantHistoryEntry = z.object({
  id: Id,
  at: IsoDateTime,
  by: z.string(),
  reason: z.string(),
  input: GrantInput,
  result: GrantResult.nullable(),
  totalCents: Cents,
});
export type GrantHistoryEntry = z.infer<typeof GrantHistoryEntry>;

export const RecalculateRequest = z.object({ callYear: z.number().int().min(2014).max(2100).optional(), projectId: Id.optional() });
export const RecalculateResult = z.object({ read: z.number().int(), changed: z.number().int() });
