import { z } from "zod";

/** How an indicator's figure reads: a count of people or institutions, or a percentage. */
export const IndicatorUnit = z.enum(["students", "staff", "partners", "percent", "euros", "count"]);
export type IndicatorUnit = z.infer<typeof IndicatorUnit>;

/**
 * The indicators analytics computes from the other poles' data, which objectives (and rankings inputs) refer to.
 * The key is the contract with analytics: GET /api/analytics/indicators/:key?year=.
 */
export const INDICATORS = {
  outgoing_students: { unit: "students", label: { fr: "Étudiants en mobilité sortante", en: "Outgoing students" } },
  incoming_students: { unit: "students", label: { fr: "Étudiants internationaux accueillis en échange", en: "Incoming exchange students" } },
  outgoing_staff: { unit: "staff", label: { fr: "Personnels en mobilité sortante", en: "Outgoing staff" } },
  incoming_staff: { unit: "staff", label: { fr: "Personnels accueillis", en: "Incoming staff" } },
  fewer_opportunities_share: { unit: "percent", label: { fr: "Part des participants avec moins d'opportunités", en: "Share of participants with fewer opportunities" } },
  scholarship_holders_share: { unit: "percent", label: { fr: "Part des boursiers parmi les partants", en: "Share of scholarship holders among leavers" } },
  disability_participants: { unit: "students", label: { fr: "Participants en situation de handicap", en: "Participants with a disability" } },
  women_share: { unit: "percent", label: { fr: "Part des femmes parmi les partants", en: "Share of women among leavers" } },
  partners_active: { unit: "partners", label: { fr: "Partenaires actifs", en: "Active partners" } },
  partners_english_speaking: { unit: "partners", label: { fr: "Partenaires dans des pays anglophones", en: "Partners in English-speaking countries" } },
  agreements_active: { unit: "count", label: { fr: "Accords en vigueur", en: "Agreements in force" } },
  international_students: { unit: "students", label: { fr: "Étudiants internationaux inscrits", en: "International students enrolled" } },
  erasmus_grant_euros: { unit: "euros", label: { fr: "Bourses Erasmus+ versées", en: "Erasmus+ grants paid" } },
} as const satisfies Record<string, { unit: IndicatorUnit; label: { fr: string; en: string } }>;

export type IndicatorKey = keyof typeof INDICATORS;
export const INDICATOR_KEYS = Object.keys(INDICATORS) as [IndicatorKey, ...IndicatorKey[]];
export const IndicatorKey = z.enum(INDICATOR_KEYS);

/** The catalogue as the API serves it (module pickers). */
export const IndicatorDefinition = z.object({
  key: IndicatorKey,
  unit: IndicatorUnit,
  label: z.object({ fr: z.string(), en: z.string() }),
});
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

/** What analytics answers for one indicator and year. */
export const AnalyticsIndicatorValue = z.object({
  key: z.string(),
  year: z.number().int(),
  value: z.number(),
  computedAt: z.string().optional(),
});
export type AnalyticsIndicatorValue = z.infer<typeof AnalyticsIndicatorValue>;

/** A figure from analytics, or why there is none yet ("not computed yet" on screen). */
export const IndicatorReading = z.discriminatedUnion("status", [
  z.object({ status: z.literal("computed"), value: z.number(), computedAt: z.string().nullable() }),
  z.object({ status: z.literal("not-computed"), reason: z.enum(["not-found", "unavailable"]) }),
]);
export type IndicatorReading = z.infer<typeof IndicatorReading>;
