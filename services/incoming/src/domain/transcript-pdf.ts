import { courseTitle, ECTS_GRADE_TABLE, GRADE_SCALE, type Transcript, type TranscriptLanguage } from "@orbis/contracts/incoming";
import { renderPdf, type Block } from "@orbis/documents";
import { HOME } from "./home-institution";
import type { StudentRow } from "./students";

const TEXT = {
  fr: {
    title: "Relevé de notes (Transcript of Records)",
    footer: "Direction des relations internationales — relevé de notes des étudiants internationaux",
    page: "Page",
    version: "Version",
    issued: "Délivré le",
    reissue: "Réédition, motif",
    student: "Étudiant·e",
    birthDate: "Date de naissance",
    number: "Numéro étudiant",
    home: "Établissement d'origine",
    department: "Département d'accueil",
    year: "Année universitaire",
    stay: "Séjour",
    courses: "Enseignements suivis",
    columns: ["Code", "Intitulé", "Sem.", "ECTS", "Note /20", "ECTS", "Résultat", "ECTS obtenus"],
    result: { passed: "Validé", failed: "Non validé" },
    total: "Total",
    scale: "Système de notation",
    scaleText: `Notes sur 20, au quart de point. Un enseignement est validé à partir de 10/20 et donne alors ses crédits ECTS.`,
    ectsTable: "Correspondance des grades ECTS",
    from: "à partir de",
    below: "moins de 10",
    signature: ["Pour le président et par délégation", "Date, cachet et signature"],
  },
  en: {
    title: "Transcript of Records",
    footer: "International relations office — transcript of records of incoming students",
    page: "Page",
    version: "Version",
    issued: "Issued on",
    reissue: "Reissued, reason",
    student: "Student",
    birthDate: "Date of birth",
    number: "Student number",
    home: "Home institution",
    department: "Host department",
    year: "Academic year",
    stay: "Stay",
    courses: "Courses taken",
    columns: ["Code", "Title", "Sem.", "ECTS", "Grade /20", "ECTS", "Result", "ECTS obtained"],
    result: { passed: "Passed", failed: "Failed" },
    total: "Total",
    scale: "Grading system",
    scaleText: `Grades out of 20, in quarter points. A course is passed from 10/20 and then earns its ECTS credits.`,
    ectsTable: "ECTS grade correspondence",
    from: "from",
    below: "below 10",
    signature: ["For the president, by delegation", "Date, stamp and signature"],
  },
  es: {
    title: "Certificado de calificaciones (Transcript of Records)",
    footer: "Oficina de relaciones internacionales — certificado de calificaciones de estudiantes internacionales",
    page: "Página",
    version: "Versión",
    issued: "Expedido el",
    reissue: "Reexpedición, motivo",
    student: "Estudiante",
    birthDate: "Fecha de nacimiento",
    number: "Número de estudiante",
    home: "Institución de origen",
    department: "Departamento de acogida",
    year: "Año académico",
    stay: "Estancia",
    courses: "Asignaturas cursadas",
    columns: ["Código", "Asignatura", "Sem.", "ECTS", "Nota /20", "ECTS", "Resultado", "ECTS obtenidos"],
    result: { passed: "Aprobado", failed: "Suspenso" },
    total: "Total",
    scale: "Sistema de calificación",
    scaleText: `Notas sobre 20, en cuartos de punto. Una asignatura se aprueba a partir de 10/20 y otorga entonces sus créditos ECTS.`,
    ectsTable: "Correspondencia de calificaciones ECTS",
    from: "desde",
    below: "menos de 10",
    signature: ["Por delegación del presidente", "Fecha, sello y firma"],
  },
} as const;

const LOCALE: Record<TranscriptLanguage, string> = { fr: "fr-FR", en: "en-GB", es: "es-ES" };
const SEMESTER: Record<TranscriptLanguage, Record<string, string>> = {
  fr: { S1: "S1", S2: "S2", year: "Année" },
  en: { S1: "S1", S2: "S2", year: "Year" },
  es: { S1: "S1", S2: "S2", year: "Anual" },
};

/** Numbers as the language writes them (12,25 in French and Spanish, 12.25 in English), two decimals for grades. */
export const formatNumber = (value: number, lang: TranscriptLanguage, decimals: number) =>
  new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false }).format(value);
const formatDate = (iso: string, lang: TranscriptLanguage) => new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeZone: "Europe/Paris" }).format(new Date(iso));

/** The transcript in French, English or Spanish: the same figures, the labels, dates and decimals of the language. */
export function transcriptPdf(student: StudentRow, transcript: Transcript, lang: TranscriptLanguage): Promise<Uint8Array> {
  const t = TEXT[lang];
  const credits = (n: number) => formatNumber(n, lang, 1);
  const blocks: Block[] = [
    {
      kind: "fields",
      rows: [
        [t.student, `${student.lastName.toUpperCase()} ${student.firstName}`],
        [t.birthDate, formatDate(`${student.birthDate}T12:00:00Z`, lang)],
        [t.number, student.studentNumber ?? "—"],
        [t.home, `${student.homeInstitutionName} (${student.homeCountry})`],
        [t.department, student.department],
        [t.year, `${student.academicYear}-${student.academicYear + 1}`],
        [t.stay, `${formatDate(`${student.actualArrival ?? student.plannedArrival}T12:00:00Z`, lang)} — ${formatDate(`${student.actualDeparture ?? student.plannedDeparture}T12:00:00Z`, lang)}`],
        [t.version, String(transcript.version)],
        [t.issued, formatDate(transcript.issuedAt, lang)],
        ...(transcript.reason ? [[t.reissue, transcript.reason] as const] : []),
      ],
    },
    { kind: "heading", text: t.courses },
    {
      kind: "table",
      columns: t.columns.map((label, i) => ({ label, width: [55, 150, 35, 35, 50, 35, 60, 55][i]!, ...([3, 4, 7].includes(i) ? { align: "right" as const } : {}) })),
      rows: [
        ...transcript.lines.map((l) => [
          l.code,
          courseTitle(l, lang),
          SEMESTER[lang][l.semester] ?? l.semester,
          credits(l.credits),
          formatNumber(l.grade, lang, 2),
          l.ectsGrade,
          t.result[l.result],
          credits(l.ectsObtained),
        ]),
        [t.total, "", "", credits(transcript.totalCredits), "", "", "", credits(transcript.totalEctsObtained)],
      ],
    },
    { kind: "heading", text: t.scale },
    { kind: "paragraph", text: t.scaleText },
    {
      kind: "fields",
      rows: ECTS_GRADE_TABLE.map((row) => [row.grade, row.from >= GRADE_SCALE.passMark ? `${t.from} ${formatNumber(row.from, lang, 0)}/20` : t.below] as const),
    },
    { kind: "signature", lines: t.signature },
  ];
  return renderPdf({
    title: t.title,
    subtitle: `${lang === "fr" ? HOME.nameFr : HOME.nameEn} — ${t.version} ${transcript.version}`,
    footer: t.footer,
    pageWord: t.page,
    language: lang,
    blocks,
  });
}
