import { z } from "zod";
import { Id, IsoDateTime, Version } from "../common";
import { CountryCode, IscedCode } from "./common";

/** One grade of a distribution table: its label and the share of passing grades awarded at it (percent). */
export const GradeShare = z.object({
  grade: z.string().trim().min(1).max(20),
  percentage: z.number().min(0).max(100),
});
export type GradeShare = z.infer<typeof GradeShare>;

/** Percentages of a table may be rounded to two decimals: their sum is accepted within this distance of 100. */
export const PERCENT_TOLERANCE = 0.05;

/** A French /20 range label "16-20" (best range first in the home table). */
export const FRENCH_RANGE = /^(\d{1,2}(?:[.,]\d{1,2})?)\s*-\s*(\d{1,2}(?:[.,]\d{1,2})?)$/;

export function parseFrenchRange(label: string): { min: number; max: number } | null {
  const match = FRENCH_RANGE.exec(label.trim());
  if (!match) return null;
  const a = Number(match[1]!.replace(",", "."));
  const b = Number(match[2]!.replace(",", "."));
  const [min, max] = a < b ? [a, b] : [b, a];
  return min >= 0 && max <= 20 && min < max ? { min, max } : null;
}

/** Host tables belong to a partner or a country; the home table (French /20 ranges) is per ISCED field or the default. */
export const GRADE_TABLE_KINDS = ["partner", "country", "home"] as const;
export const GradeTableKind = z.enum(GRADE_TABLE_KINDS);

const GradeTableFields = z.object({
  kind: GradeTableKind,
  partnerId: Id.nullable().default(null),
  countryCode: CountryCode.nullable().default(null),
  /** Null: every field without its own table. */
  iscedCode: IscedCode.nullable().default(null),
  label: z.string().trim().min(1).max(200),
  /** Best grade first; passing grades only. */
  rows: z.array(GradeShare).min(2).max(40),
});

type TableShape = z.infer<typeof GradeTableFields>;

/** The rules a table must follow, reported on the field at fault. */
function checkTable(table: TableShape, ctx: z.RefinementCtx) {
  const sum = table.rows.reduce((total, row) => total + row.percentage, 0);
  if (Math.abs(sum - 100) > PERCENT_TOLERANCE) {
    ctx.addIssue({ code: "custom", path: ["rows"], message: `The percentages add up to ${Math.round(sum * 100) / 100}, not 100` });
  }
  const seen = new Set<string>();
  table.rows.forEach((row, i) => {
    const key = row.grade.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["rows", i, "grade"], message: `Grade ${row.grade} appears twice` });
    seen.add(key);
  });
  if (table.kind === "partner" && !table.partnerId) ctx.addIssue({ code: "custom", path: ["partnerId"], message: "A partner table needs its partner" });
  if (table.kind === "country" && !table.countryCode) ctx.addIssue({ code: "custom", path: ["countryCode"], message: "A country table needs its country" });
  if (table.kind === "home") {
    let previousMin = Infinity;
    table.rows.forEach((row, i) => {
      const range = parseFrenchRange(row.grade);
      if (!range) ctx.addIssue({ code: "custom", path: ["rows", i, "grade"], message: "A French range such as 14-16, within 0-20" });
      else if (range.max > previousMin) ctx.addIssue({ code: "custom", path: ["rows", i, "grade"], message: "Ranges go from best to worst without overlapping" });
      else previousMin = range.min;
    });
  }
}

export const GradeTableInput = GradeTableFields.superRefine(checkTable);
export type GradeTableInput = z.infer<typeof GradeTableInput>;
/** A replacement of the whole table, with the version read. */
export const GradeTableUpdate = GradeTableFields.extend({ version: Version }).superRefine(checkTable);
export type GradeTableUpdate = z.infer<typeof GradeTableUpdate>;

export const GradeTable = GradeTableFields.extend({
  id: Id,
  version: Version,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type GradeTable = z.infer<typeof GradeTable>;
export const GradeTableList = z.array(GradeTable);
export const GradeTableQuery = z.object({
  kind: GradeTableKind.optional(),
  partnerId: Id.optional(),
  countryCode: CountryCode.optional(),
});

/** A country's usual grading scale, used when neither the partner nor the country has a distribution table. */
export const CountryScale = z.object({
  countryCode: CountryCode,
  name: z.string(),
  /** Passing grades, best first (numeric scales are listed at their step). */
  passing: z.array(z.string()),
  failing: z.array(z.string()),
});
export type CountryScale = z.infer<typeof CountryScale>;

export const RECOGNITION_DECISIONS = ["full", "partial", "not-recognised"] as const;
export const RecognitionDecision = z.enum(RECOGNITION_DECISIONS);
export type RecognitionDecision = z.infer<typeof RecognitionDecision>;

/**
 * One component of the transcript of records and what the home department makes of it. Credits recognised never
 * exceed the credits obtained abroad: "full" recognises all of them, "partial" fewer (with a reason),
 * "not-recognised" none (with a reason).
 */
const RecognitionComponentFields = z.object({
    hostCode: z.string().trim().min(1).max(50),
    hostTitle: z.string().trim().min(1).max(300),
    /** The grade on the host transcript, as written in the scale used. */
    grade: z.string().trim().min(1).max(20),
    hostCredits: z.number().min(0).max(60),
    homeCourseCode: z.string().trim().max(50).default(""),
    homeCourseTitle: z.string().trim().max(300).default(""),
    recognisedCredits: z.number().min(0).max(60),
    /** A French /20 grade that replaces the computed one; the reason is kept. */
    gradeOverride: z.object({ grade: z.number().min(0).max(20), reason: z.string().trim().min(3).max(500) }).nullable().default(null),
    decision: RecognitionDecision,
    decisionReason: z.string().trim().max(500).default(""),
  });
export const RecognitionComponentInput = RecognitionComponentFields.superRefine((c, ctx) => {
    // One message per field: the credit rules are checked only on credits that are valid numbers themselves.
    if (!(c.hostCredits >= 0 && c.recognisedCredits >= 0)) return;
    if (c.recognisedCredits > c.hostCredits) ctx.addIssue({ code: "custom", path: ["recognisedCredits"], message: "Cannot exceed the credits obtained abroad" });
    else if (c.decision === "full" && c.recognisedCredits !== c.hostCredits) ctx.addIssue({ code: "custom", path: ["recognisedCredits"], message: "Full recognition recognises every credit obtained" });
    else if (c.decision === "partial" && c.recognisedCredits >= c.hostCredits) ctx.addIssue({ code: "custom", path: ["recognisedCredits"], message: "Partial recognition recognises fewer credits than obtained" });
    else if (c.decision === "not-recognised" && c.recognisedCredits !== 0) ctx.addIssue({ code: "custom", path: ["recognisedCredits"], message: "No credit is recognised when the component is not recognised" });
    if (c.decision !== "full" && (c.decisionReason ?? "").length < 3) ctx.addIssue({ code: "custom", path: ["decisionReason"], message: "Give the reason for a partial or refused recognition" });
    if (c.decision !== "not-recognised" && !c.homeCourseTitle) ctx.addIssue({ code: "custom", path: ["homeCourseTitle"], message: "The home course the credits are recognised for" });
  });
export type RecognitionComponentInput = z.infer<typeof RecognitionComponentInput>;

export const SaveRecognition = z.object({
  /** The version read; absent when recording the first recognition of the mobility. */
  version: Version.optional(),
  components: z.array(RecognitionComponentInput).min(1).max(60),
});
export type SaveRecognition = z.infer<typeof SaveRecognition>;

/** Where the host grades were converted from. */
export const HostScaleSource = z.object({
  source: z.enum(["partner-table", "country-table", "country-scale"]),
  tableId: Id.nullable(),
  label: z.string(),
  homeTableId: Id.nullable(),
  homeLabel: z.string(),
});
export type HostScaleSource = z.infer<typeof HostScaleSource>;

export const ConvertedGrade = z.object({
  /** The French /20 grade computed by the ECTS method (null for a failing grade). */
  computed: z.number().nullable(),
  /** The home range the host grade falls in, e.g. "14-16". */
  range: z.string().nullable(),
  /** The grade kept: the override when there is one, else the computed one. */
  grade: z.number().nullable(),
  overridden: z.boolean(),
  passing: z.boolean(),
});
export type ConvertedGrade = z.infer<typeof ConvertedGrade>;

export const RecognitionComponent = RecognitionComponentFields.extend({ converted: ConvertedGrade });
export type RecognitionComponent = z.infer<typeof RecognitionComponent>;

export const Recognition = z.object({
  id: Id,
  mobilityId: Id,
  version: Version,
  scale: HostScaleSource,
  components: z.array(RecognitionComponent),
  totals: z.object({ hostCredits: z.number(), recognisedCredits: z.number() }),
  decidedBy: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Recognition = z.infer<typeof Recognition>;

/** What the editor needs before anything is saved: the scale that will be used and its grades. */
export const RecognitionScale = HostScaleSource.extend({ grades: z.array(z.string()), failing: z.array(z.string()) });
export type RecognitionScale = z.infer<typeof RecognitionScale>;

export const RecognitionPdfQuery = z.object({ lang: z.enum(["fr", "en"]).default("fr") });
