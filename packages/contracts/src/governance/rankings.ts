import { z } from "zod";
import { Id, IsoDateTime } from "../common";
import type { IndicatorKey } from "./indicators";
import { Label, LongText, PolicyYear, VersionBody, Versioned } from "./common";

/** The ranking exercises the university answers. Only its own submitted figures are stored, never the rankings. */
export const RankingScheme = z.enum(["QS", "THE"]);
export type RankingScheme = z.infer<typeof RankingScheme>;

export const RankingStatus = z.enum(["draft", "reviewed", "locked"]);
export type RankingStatus = z.infer<typeof RankingStatus>;

/** The figures asked by the data collections, with the analytics indicator that computes each when there is one. */
export const RANKING_FIGURES = {
  students_headcount: { indicator: null, label: { fr: "Étudiants (effectif)", en: "Students (headcount)" } },
  students_fte: { indicator: null, label: { fr: "Étudiants (ETP)", en: "Students (FTE)" } },
  international_students_headcount: { indicator: "international_students", label: { fr: "Étudiants internationaux (effectif)", en: "International students (headcount)" } },
  international_students_fte: { indicator: null, label: { fr: "Étudiants internationaux (ETP)", en: "International students (FTE)" } },
  academic_staff_headcount: { indicator: null, label: { fr: "Enseignants-chercheurs (effectif)", en: "Academic staff (headcount)" } },
  academic_staff_fte: { indicator: null, label: { fr: "Enseignants-chercheurs (ETP)", en: "Academic staff (FTE)" } },
  international_staff_headcount: { indicator: null, label: { fr: "Personnels internationaux (effectif)", en: "International staff (headcount)" } },
  inbound_exchange_students: { indicator: "incoming_students", label: { fr: "Étudiants d'échange entrants", en: "Inbound exchange students" } },
  outbound_exchange_students: { indicator: "outgoing_students", label: { fr: "Étudiants d'échange sortants", en: "Outbound exchange students" } },
} as const satisfies Record<string, { indicator: z.infer<typeof IndicatorKey> | null; label: { fr: string; en: string } }>;

export type RankingFigureKey = keyof typeof RANKING_FIGURES;
export const RANKING_FIGURE_KEYS = Object.keys(RANKING_FIGURES) as [RankingFigureKey, ...RankingFigureKey[]];
export const RankingFigureKey = z.enum(RANKING_FIGURE_KEYS);

/** A figure is computed from Orbis data (analytics) or entered by hand with where it comes from. */
export const RankingFigure = z.object({
  key: RankingFigureKey,
  mode: z.enum(["computed", "entered"]),
  value: z.number().nullable(),
  source: z.string().nullable(),
  /** When analytics computed it (computed mode). */
  computedAt: z.string().nullable(),
});
export type RankingFigure = z.infer<typeof RankingFigure>;

export const RankingExercise = z.object({
  id: Id,
  scheme: RankingScheme,
  referenceYear: PolicyYear,
  status: RankingStatus,
  notes: z.string(),
  figures: z.array(RankingFigure),
  reviewedBy: z.string().nullable(),
  reviewedAt: IsoDateTime.nullable(),
  lockedBy: z.string().nullable(),
  lockedAt: IsoDateTime.nullable(),
  ...Versioned.shape,
});
export type RankingExercise = z.infer<typeof RankingExercise>;

export const RankingExerciseInput = z.object({ scheme: RankingScheme, referenceYear: PolicyYear, notes: LongText.default("") });
export type RankingExerciseInput = z.infer<typeof RankingExerciseInput>;

export const RankingFigureUpdate = z
  .object({ mode: z.enum(["computed", "entered"]), value: z.number().min(0).max(10_000_000).nullable().optional(), source: Label.optional(), ...VersionBody.shape })
  .superRefine((v, ctx) => {
    if (v.mode === "entered" && (v.value === undefined || v.value === null)) ctx.addIssue({ code: "custom", path: ["value"], message: "A value is required" });
    if (v.mode === "entered" && !v.source) ctx.addIssue({ code: "custom", path: ["source"], message: "Say where the figure comes from" });
  });
export type RankingFigureUpdate = z.infer<typeof RankingFigureUpdate>;

export const RankingStep = z.object({ action: z.enum(["review", "lock", "reopen"]), ...VersionBody.shape });
export type RankingStep = z.infer<typeof RankingStep>;

export const RankingFigureParams = z.object({ id: Id, key: RankingFigureKey });
export const RankingExportQuery = z.object({ format: z.enum(["csv", "xlsx", "pdf"]).default("csv"), lang: z.enum(["fr", "en"]).default("fr") });
export const RankingList = z.array(RankingExercise);
