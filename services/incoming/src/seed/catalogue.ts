import type { CourseSemester, StudyLevel } from "@orbis/contracts/incoming";
import type { courses } from "../db/schema/index";
import { at, seedId } from "./ids";

export type CourseInsert = typeof courses.$inferInsert & { id: string; code: string; department: string; semester: CourseSemester; credits: number; level: StudyLevel };

/** What each department teaches: its language (fr/en/es) and its area, as titles use them. */
const AREAS: Record<string, { prefix: string; lang: [string, string, string]; area: [string, string, string] }> = {
  CHINESE: { prefix: "CHI", lang: ["chinois", "Chinese", "chino"], area: ["de la Chine", "China", "China"] },
  JAPANESE: { prefix: "JAP", lang: ["japonais", "Japanese", "japonés"], area: ["du Japon", "Japan", "Japón"] },
  KOREAN: { prefix: "COR", lang: ["coréen", "Korean", "coreano"], area: ["de la Corée", "Korea", "Corea"] },
  ARABIC: { prefix: "ARA", lang: ["arabe", "Arabic", "árabe"], area: ["du monde arabe", "the Arab world", "el mundo árabe"] },
  RUSSIAN: { prefix: "RUS", lang: ["russe", "Russian", "ruso"], area: ["de la Russie", "Russia", "Rusia"] },
  CEE: { prefix: "ECO", lang: ["polonais", "Polish", "polaco"], area: ["de l'Europe centrale et orientale", "Central and Eastern Europe", "Europa central y oriental"] },
  EURASIA: { prefix: "EUR", lang: ["turc", "Turkish", "turco"], area: ["de la Turquie et de l'Iran", "Turkey and Iran", "Turquía e Irán"] },
  SOUTHEAST_ASIA: { prefix: "ASE", lang: ["vietnamien", "Vietnamese", "vietnamita"], area: ["de l'Asie du Sud-Est", "Southeast Asia", "el Sudeste Asiático"] },
  SOUTH_ASIA: { prefix: "ASU", lang: ["hindi", "Hindi", "hindi"], area: ["de l'Inde et de l'Asie du Sud", "India and South Asia", "la India y Asia del Sur"] },
  AFRICA: { prefix: "AFR", lang: ["swahili", "Swahili", "suajili"], area: ["de l'Afrique de l'Est", "East Africa", "África oriental"] },
  HEBREW: { prefix: "HEB", lang: ["hébreu", "Hebrew", "hebreo"], area: ["d'Israël et du monde juif", "Israel and the Jewish world", "Israel y el mundo judío"] },
  AMERICAS: { prefix: "AME", lang: ["quechua", "Quechua", "quechua"], area: ["des Andes", "the Andes", "los Andes"] },
};

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** French articles before a language name: "du chinois" but "de l'arabe", "le russe" but "l'hébreu". */
const elided = (name: string) => /^(?:[aeiouéè]|hé)/.test(name);
const du = (name: string) => (elided(name) ? `de l'${name}` : `du ${name}`);
const le = (name: string) => (elided(name) ? `l'${name}` : `le ${name}`);

type Template = { fr: string; en: string; es: string | null; semester: CourseSemester; credits: number; isced: string; level: StudyLevel };

/** The catalogue a department offers to incoming students: language courses by level, area studies, methods. */
function templates(lang: [string, string, string], area: [string, string, string]): Template[] {
  const [lFr, lEn, lEs] = lang;
  const [aFr, aEn, aEs] = area;
  return [
    { fr: `Langue ${lFr} 1 : grammaire et expression`, en: `${lEn} language 1: grammar and expression`, es: `Lengua ${lEs} 1: gramática y expresión`, semester: "S1", credits: 6, isced: "0231", level: "L1" },
    { fr: `Langue ${lFr} 2 : grammaire et expression`, en: `${lEn} language 2: grammar and expression`, es: `Lengua ${lEs} 2: gramática y expresión`, semester: "S2", credits: 6, isced: "0231", level: "L1" },
    { fr: `Pratique orale ${du(lFr)}`, en: `${lEn} oral practice`, es: `Práctica oral del ${lEs}`, semester: "S1", credits: 3, isced: "0231", level: "L2" },
    { fr: `Compréhension et expression écrites en ${lFr}`, en: `${lEn} reading and writing`, es: `Comprensión y expresión escritas en ${lEs}`, semester: "S2", credits: 3, isced: "0231", level: "L2" },
    { fr: `Version : traduction ${du(lFr)} vers le français`, en: `Translation from ${lEn} into French`, es: `Traducción del ${lEs} al francés`, semester: "S1", credits: 4, isced: "0232", level: "L3" },
    { fr: `Thème : traduction du français vers ${le(lFr)}`, en: `Translation from French into ${lEn}`, es: `Traducción del francés al ${lEs}`, semester: "S2", credits: 4, isced: "0232", level: "L3" },
    { fr: `Histoire contemporaine ${aFr}`, en: `Modern history of ${aEn}`, es: `Historia contemporánea de ${aEs}`, semester: "S1", credits: 5, isced: "0222", level: "L2" },
    { fr: `Littérature ${aFr} : textes et auteurs`, en: `Literature of ${aEn}: texts and authors`, es: `Literatura de ${aEs}: textos y autores`, semester: "S2", credits: 5, isced: "0232", level: "L3" },
    { fr: `Géopolitique ${aFr}`, en: `Geopolitics of ${aEn}`, es: `Geopolítica de ${aEs}`, semester: "S1", credits: 4, isced: "0312", level: "L3" },
    { fr: `Sociétés et religions ${aFr}`, en: `Societies and religions of ${aEn}`, es: `Sociedades y religiones de ${aEs}`, semester: "S2", credits: 4, isced: "0314", level: "L2" },
    { fr: `Économie ${aFr}`, en: `Economy of ${aEn}`, es: null, semester: "S2", credits: 3, isced: "0311", level: "L3" },
    { fr: `Arts et patrimoine ${aFr}`, en: `Arts and heritage of ${aEn}`, es: `Artes y patrimonio de ${aEs}`, semester: "S1", credits: 3, isced: "0213", level: "L1" },
    { fr: `Cinéma ${aFr}`, en: `Cinema of ${aEn}`, es: null, semester: "S2", credits: 2.5, isced: "0211", level: "L2" },
    { fr: `Linguistique ${du(lFr)}`, en: `${lEn} linguistics`, es: `Lingüística del ${lEs}`, semester: "S1", credits: 5, isced: "0232", level: "M1" },
    { fr: `Séminaire de recherche : enjeux ${aFr}`, en: `Research seminar: issues in ${aEn}`, es: `Seminario de investigación: ${aEs}`, semester: "year", credits: 10, isced: "0232", level: "M1" },
    { fr: "Méthodologie du travail universitaire", en: "Academic skills and methodology", es: "Metodología del trabajo universitario", semester: "S1", credits: 2.5, isced: "0232", level: "L1" },
    { fr: "Mémoire de recherche de master", en: "Master's research dissertation", es: "Trabajo de fin de máster", semester: "year", credits: 20, isced: "0232", level: "M2" },
  ];
}

const CREATED = "2017-06-15";

/** Every department's catalogue; codes are the department prefix, the level and a number (CHI-L1-01...). */
export function catalogueRows(departments: readonly string[]): CourseInsert[] {
  return departments.flatMap((department) => {
    const area = AREAS[department];
    if (!area) return [];
    return templates(area.lang, area.area).map((t, i): CourseInsert => {
      const code = `${area.prefix}-${t.level}-${String(i + 1).padStart(2, "0")}`;
      return {
        id: seedId("course", code),
        code,
        titleFr: cap(t.fr),
        titleEn: cap(t.en),
        titleEs: t.es ? cap(t.es) : null,
        department,
        semester: t.semester,
        credits: t.credits,
        iscedCode: t.isced,
        level: t.level,
        createdAt: at(CREATED),
        updatedAt: at(CREATED),
      };
    });
  });
}
