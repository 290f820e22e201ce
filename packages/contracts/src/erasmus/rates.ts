import { z } from "zod";
import { IsoDateTime, Version } from "../common";
import { CallYear, Cents, CountryCode } from "./common";

/** Programme-country groups (by living costs); partner countries (KA171) are outside them. */
export const COUNTRY_GROUPS = ["G1", "G2", "G3"] as const;
export const CountryGroup = z.enum(COUNTRY_GROUPS);
export type CountryGroup = z.infer<typeof CountryGroup>;
export const DestinationGroup = z.enum(["G1", "G2", "G3", "partner"]);
export type DestinationGroup = z.infer<typeof DestinationGroup>;

/** Distance bands of the EU distance calculator (one way, km). */
export const DISTANCE_BANDS = ["10-99", "100-499", "500-1999", "2000-2999", "3000-3999", "4000-7999", "8000+"] as const;
export const DistanceBand = z.enum(DISTANCE_BANDS, { message: `Distance band: one of ${DISTANCE_BANDS.join(", ")}` });
export type DistanceBand = z.infer<typeof DistanceBand>;

const byGroup = z.object({ G1: Cents, G2: Cents, G3: Cents, partner: Cents });

/**
 * The rates of one call year as the National Agency chose them within the EU ranges: data, never code. Amounts in
 * cents. Changing them recalculates nothing by itself: the team recalculates the grants explicitly (with history).
 */
export const RateTable = z.object({
  callYear: CallYear,
  /** Which National Agency's choice these are, e.g. "FR01 Agence Erasmus+ France". */
  nationalAgency: z.string().trim().min(1).max(200),
  countryGroups: z.object({ G1: z.array(CountryCode), G2: z.array(CountryCode), G3: z.array(CountryCode) }),
  /** Long-term students, per month (30 days), by destination group. */
  studentMonthly: byGroup,
  /** Short-term students (blended, doctoral): per day for days 1-14, then for days 15-30. */
  shortTermDaily: z.object({ upTo14: Cents, from15: Cents }),
  fewerOpportunitiesMonthly: Cents,
  /** Short-term top-up, once: 5-14 days, 15-30 days. */
  fewerOpportunitiesShortTerm: z.object({ upTo14: Cents, from15: Cents }),
  traineeshipMonthly: Cents,
  /** Staff, per day for days 1-14 by destination group; later days at `staffLaterDaysPercent`. */
  staffDaily: byGroup,
  staffLaterDaysPercent: z.number().int().min(0).max(100),
  /** Travel support per distance band: standard and green (null: the band has one rate). */
  travel: z.array(z.object({ band: DistanceBand, standard: Cents, green: Cents.nullable() })).min(1),
  /** Once, to a participant who travels green without travel support. */
  greenTravelTopUp: Cents,
  /** Funded travel days (added to individual support): at most, standard and green travel. */
  maxTravelDays: z.object({ standard: z.number().int().min(0).max(10), green: z.number().int().min(0).max(10) }),
  /** Long-term students get travel support: always, with fewer opportunities only, or never (KA131 rules by call). */
  longTermStudentTravel: z.enum(["all", "fewer-opportunities", "none"]),
  /** Pre-financing paid to a participant before departure, in percent of the grant. */
  prefinancingPercent: z.number().int().min(0).max(100),
  /** Organisational support per participant (forecast of that budget category). */
  organisationalPerParticipant: Cents,
});
export type RateTable = z.infer<typeof RateTable>;

export const StoredRateTable = RateTable.extend({ version: Version, updatedAt: IsoDateTime });
export type StoredRateTable = z.infer<typeof StoredRateTable>;
export const PutRateTable = RateTable.omit({ callYear: true }).extend({ version: Version.optional() });
export type PutRateTable = z.infer<typeof PutRateTable>;
