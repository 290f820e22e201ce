import { renderPdf, type Block } from "@orbis/documents";
import type { StudentRow } from "./students";

type Lang = "fr" | "en";

const PERIOD = {
  fr: { autumn: "semestre d'automne", spring: "semestre de printemps", "full-year": "année universitaire complète", short: "séjour court" },
  en: { autumn: "autumn semester", spring: "spring semester", "full-year": "full academic year", short: "short stay" },
} as const;

const TEXT = {
  fr: {
    footer: "Direction des relations internationales — accueil des étudiant·es internationaux",
    page: "Page",
    student: "Étudiant·e",
    born: "Né·e le",
    nationality: "Nationalité",
    home: "Établissement d'origine",
    programme: "Programme",
    department: "Département d'accueil",
    year: "Année universitaire",
    period: "Période",
    dates: "Dates",
    number: "Numéro étudiant",
    signature: ["Pour le président de l'université, la directrice des relations internationales", "Date et signature"],
    acceptance: {
      title: "Lettre d'admission",
      body: (s: StudentRow) =>
        `Nous avons le plaisir de vous informer que votre candidature a été acceptée : vous êtes admis·e à étudier dans notre université en tant qu'étudiant·e d'échange, du ${s.plannedArrival} au ${s.plannedDeparture}.`,
      next: "Vous recevrez prochainement les informations sur l'inscription, le logement et la semaine d'accueil.",
    },
    arrival: {
      title: "Attestation d'arrivée",
      body: (s: StudentRow) => `Nous certifions que ${s.firstName} ${s.lastName} est arrivé·e dans notre université le ${s.actualArrival}.`,
    },
    attendance: {
      title: "Attestation de présence",
      body: (s: StudentRow) => `Nous certifions que ${s.firstName} ${s.lastName} a séjourné dans notre université du ${s.actualArrival} au ${s.actualDeparture}.`,
    },
  },
  en: {
    footer: "International relations office — incoming international students",
    page: "Page",
    student: "Student",
    born: "Born on",
    nationality: "Nationality",
    home: "Home institution",
    programme: "Programme",
    department: "Host department",
    year: "Academic year",
    period: "Period",
    dates: "Dates",
    number: "Student number",
    signature: ["For the President of the University, the Director of International Relations", "Date and signature"],
    acceptance: {
      title: "Letter of acceptance",
      body: (s: StudentRow) =>
        `We are pleased to inform you that your application has been accepted: you are admitted to study at our university as an exchange student from ${s.plannedArrival} to ${s.plannedDeparture}.`,
      next: "You will soon receive information on registration, housing and the welcome week.",
    },
    arrival: {
      title: "Certificate of arrival",
      body: (s: StudentRow) => `We certify that ${s.firstName} ${s.lastName} arrived at our university on ${s.actualArrival}.`,
    },
    attendance: {
      title: "Certificate of attendance",
      body: (s: StudentRow) => `We certify that ${s.firstName} ${s.lastName} stayed at our university from ${s.actualArrival} to ${s.actualDeparture}.`,
    },
  },
} as const;

function identity(s: StudentRow, lang: Lang): Block {
  const t = TEXT[lang];
  return {
    kind: "fields",
    rows: [
      [t.student, `${s.firstName} ${s.lastName}`],
      [t.born, s.birthDate],
      [t.nationality, s.nationality],
      [t.home, `${s.homeInstitutionName} (${s.homeCountry})`],
      [t.programme, s.programme],
      [t.department, s.department],
      [t.year, `${s.academicYear}-${s.academicYear + 1}`],
      [t.period, PERIOD[lang][s.period as keyof (typeof PERIOD)["fr"]] ?? s.period],
      ...(s.studentNumber ? ([[t.number, s.studentNumber]] as const) : []),
    ],
  };
}

const subtitle = (s: StudentRow, date: Date) => `${s.lastName.toUpperCase()} ${s.firstName} — ${date.toISOString().slice(0, 10)}`;

/** The acceptance letter sent to an admitted student, in French or English. */
export function acceptanceLetterPdf(s: StudentRow, decidedAt: Date, lang: Lang): Promise<Uint8Array> {
  const t = TEXT[lang];
  return renderPdf({
    title: t.acceptance.title,
    subtitle: subtitle(s, decidedAt),
    footer: t.footer,
    pageWord: t.page,
    language: lang,
    blocks: [identity(s, lang), { kind: "paragraph", text: t.acceptance.body(s) }, { kind: "paragraph", text: t.acceptance.next }, { kind: "signature", lines: t.signature }],
  });
}

/** The certificate of arrival (once arrived) or of attendance (once departed), in French or English. */
export function certificatePdf(s: StudentRow, kind: "arrival" | "attendance", issuedOn: Date, lang: Lang): Promise<Uint8Array> {
  const t = TEXT[lang];
  return renderPdf({
    title: t[kind].title,
    subtitle: subtitle(s, issuedOn),
    footer: t.footer,
    pageWord: t.page,
    language: lang,
    blocks: [identity(s, lang), { kind: "paragraph", text: t[kind].body(s) }, { kind: "signature", lines: t.signature }],
  });
}
