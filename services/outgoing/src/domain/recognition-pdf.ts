import type { Recognition } from "@orbis/contracts/outgoing";
import { renderPdf, type Block } from "@orbis/documents";
import type { MobilityRow } from "./mobilities";

const TEXT = {
  fr: {
    title: "Décision de reconnaissance des études à l'étranger",
    footer: "Direction des relations internationales — décision de reconnaissance",
    page: "Page",
    student: "Étudiant·e",
    number: "Numéro étudiant",
    department: "Département",
    host: "Établissement d'accueil",
    period: "Période",
    year: "Année universitaire",
    scale: "Conversion des notes",
    scaleText: "Notes converties selon la méthode du guide d'utilisation ECTS 2015 (tables de distribution des notes).",
    components: "Composantes",
    columns: ["Code", "Intitulé (accueil)", "Note", "ECTS", "Cours reconnu", "ECTS reconnus", "Note /20", "Décision"],
    decision: { full: "Reconnue", partial: "Partielle", "not-recognised": "Non reconnue" },
    totals: "Crédits obtenus / reconnus",
    reasons: "Motifs",
    overridden: "note ajustée",
    decidedBy: "Décision enregistrée par",
    signature: ["Le ou la coordinateur·rice du département", "Date et signature"],
  },
  en: {
    title: "Recognition decision for study abroad",
    footer: "International relations office — recognition decision",
    page: "Page",
    student: "Student",
    number: "Student number",
    department: "Department",
    host: "Host institution",
    period: "Period",
    year: "Academic year",
    scale: "Grade conversion",
    scaleText: "Grades converted by the ECTS Users' Guide 2015 method (grade distribution tables).",
    components: "Components",
    columns: ["Code", "Title (host)", "Grade", "ECTS", "Recognised course", "ECTS recognised", "Grade /20", "Decision"],
    decision: { full: "Recognised", partial: "Partial", "not-recognised": "Not recognised" },
    totals: "Credits obtained / recognised",
    reasons: "Reasons",
    overridden: "adjusted grade",
    decidedBy: "Decision recorded by",
    signature: ["The department's coordinator", "Date and signature"],
  },
} as const;

const grade20 = (value: number | null, lang: "fr" | "en") => (value === null ? "—" : lang === "fr" ? value.toFixed(2).replace(".", ",") : value.toFixed(2));

/** The recognition decision as a PDF in French or English. */
export function recognitionPdf(mobility: MobilityRow, recognition: Recognition, lang: "fr" | "en"): Promise<Uint8Array> {
  const t = TEXT[lang];
  const reasons = recognition.components
    .map((c, i) => [c.decisionReason ? `${i + 1}. ${c.hostCode}: ${c.decisionReason}` : "", c.gradeOverride ? `${i + 1}. ${c.hostCode} (${t.overridden}): ${c.gradeOverride.reason}` : ""])
    .flat()
    .filter(Boolean);
  const blocks: Block[] = [
    {
      kind: "fields",
      rows: [
        [t.student, `${mobility.firstName} ${mobility.lastName}`],
        [t.number, mobility.studentNumber],
        [t.department, mobility.department],
        [t.year, `${mobility.academicYear}-${mobility.academicYear + 1}`],
        [t.host, `${mobility.hostName} (${mobility.hostCountry})`],
        [t.period, `${mobility.actualStart ?? mobility.plannedStart} — ${mobility.actualEnd ?? mobility.plannedEnd}`],
      ],
    },
    { kind: "heading", text: t.scale },
    { kind: "paragraph", text: `${t.scaleText} ${recognition.scale.label} → ${recognition.scale.homeLabel}` },
    { kind: "heading", text: t.components },
    {
      kind: "table",
      columns: t.columns.map((label, i) => ({ label, width: [50, 110, 40, 35, 110, 45, 45, 70][i]!, ...(i === 3 || i === 5 || i === 6 ? { align: "right" as const } : {}) })),
      rows: recognition.components.map((c) => [
        c.hostCode,
        c.hostTitle,
        c.grade,
        String(c.hostCredits),
        [c.homeCourseCode, c.homeCourseTitle].filter(Boolean).join(" "),
        String(c.recognisedCredits),
        grade20(c.converted.grade, lang) + (c.converted.overridden ? "*" : ""),
        t.decision[c.decision],
      ]),
    },
    { kind: "fields", rows: [[t.totals, `${recognition.totals.hostCredits} / ${recognition.totals.recognisedCredits}`], [t.decidedBy, recognition.decidedBy]] },
    ...(reasons.length ? ([{ kind: "heading", text: t.reasons }, ...reasons.map((text) => ({ kind: "paragraph", text }))] as Block[]) : []),
    { kind: "signature", lines: t.signature },
  ];
  return renderPdf({ title: t.title, subtitle: `${mobility.lastName.toUpperCase()} ${mobility.firstName} — ${mobility.hostName}`, footer: t.footer, pageWord: t.page, language: lang, blocks });
}
