import { FRENCH_GROUPS, type FrenchTestRegistration, type FrenchTestSession } from "@orbis/contracts/incoming";
import { renderPdf } from "@orbis/documents";

const TEXT = {
  fr: {
    title: "Attestation de niveau en français",
    footer: "Direction des relations internationales — test de positionnement en français",
    page: "Page",
    student: "Étudiant·e",
    department: "Département d'accueil",
    sitting: "Test passé le",
    room: "Salle",
    level: "Niveau CECRL",
    group: "Groupe de cours",
    statement: "Le niveau ci-dessus est celui du Cadre européen commun de référence pour les langues (CECRL) atteint au test de positionnement.",
    signature: ["Le service des relations internationales", "Date et signature"],
  },
  en: {
    title: "French language level certificate",
    footer: "International relations office — French placement test",
    page: "Page",
    student: "Student",
    department: "Host department",
    sitting: "Test taken on",
    room: "Room",
    level: "CEFR level",
    group: "Course group",
    statement: "The level above is the Common European Framework of Reference for Languages (CEFR) level reached at the placement test.",
    signature: ["The international relations office", "Date and signature"],
  },
} as const;

/** The certificate of a French test result, in French or English. */
export function frenchCertificatePdf(session: FrenchTestSession, registration: FrenchTestRegistration & { level: string }, lang: "fr" | "en"): Promise<Uint8Array> {
  const t = TEXT[lang];
  const group = FRENCH_GROUPS.find((g) => g.code === registration.groupCode);
  const groupLabel = group ? (lang === "fr" ? group.labelFr : group.labelEn) : "—";
  return renderPdf({
    title: t.title,
    subtitle: `${registration.lastName.toUpperCase()} ${registration.firstName}`,
    footer: t.footer,
    pageWord: t.page,
    language: lang,
    blocks: [
      {
        kind: "fields",
        rows: [
          [t.student, `${registration.firstName} ${registration.lastName}`],
          [t.department, registration.department],
          [t.sitting, `${session.date} ${session.startTime}`],
          [t.room, session.room],
          [t.level, registration.level],
          [t.group, groupLabel],
        ],
      },
      { kind: "paragraph", text: t.statement },
      { kind: "signature", lines: t.signature },
    ],
  });
}
