import { MOBILITY_TYPES } from "@orbis/contracts/agreements";
import { normalizeText } from "./cells";

/**
 * One cooperation condition in a cell, e.g. "sending student-studies places=2 months=10 eqf=6,7 isced=0231,0288
 * lang=en:B2,fr:B1". Direction and mobility type are bare words (French accepted: "envoi"/"accueil", "études",
 * "stage", "enseignement", "formation"); the rest are key=value pairs. Condition contacts are not carried in cells.
 */
export interface ConditionCell {
  direction: string;
  mobilityType: string;
  places: number | string;
  totalMonths: number | string | null;
  eqfLevels: Array<number | string>;
  iscedCodes: string[];
  languages: Array<{ language: string; cefr: string }>;
}

const DIRECTIONS: Record<string, string> = {
  sending: "sending",
  envoi: "sending",
  sortant: "sending",
  sortante: "sending",
  outgoing: "sending",
  receiving: "receiving",
  accueil: "receiving",
  entrant: "receiving",
  entrante: "receiving",
  incoming: "receiving",
};
const MOBILITY_WORDS: Record<string, string> = {
  ...Object.fromEntries(MOBILITY_TYPES.map((t) => [normalizeText(t), t])),
  etudes: "student-studies",
  studies: "student-studies",
  stage: "student-traineeship",
  traineeship: "student-traineeship",
  enseignement: "staff-teaching",
  teaching: "staff-teaching",
  formation: "staff-training",
  training: "staff-training",
};
const KEYS: Record<string, keyof ConditionCell> = {
  places: "places",
  mois: "totalMonths",
  months: "totalMonths",
  eqf: "eqfLevels",
  nec: "eqfLevels",
  isced: "iscedCodes",
  lang: "languages",
  langues: "languages",
  languages: "languages",
};

const numberOr = (text: string): number | string => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
const items = (text: string) => text.split(",").map((v) => v.trim()).filter((v) => v !== "");

/** Either the condition, ready for the schema, or what is wrong with the cell text. */
export function parseCondition(entry: string): ConditionCell | { problem: string } {
  const condition: ConditionCell = { direction: "", mobilityType: "", places: "", totalMonths: null, eqfLevels: [], iscedCodes: [], languages: [] };
  for (const token of entry.trim().split(/\s+/)) {
    const eq = token.indexOf("=");
    if (eq < 0) {
      const word = normalizeText(token);
      if (DIRECTIONS[word]) condition.direction = DIRECTIONS[word];
      else if (MOBILITY_WORDS[word]) condition.mobilityType = MOBILITY_WORDS[word];
      else return { problem: `Unknown word "${token}" in condition "${entry}"` };
      continue;
    }
    const key = KEYS[normalizeText(token.slice(0, eq))];
    const value = token.slice(eq + 1);
    if (!key) return { problem: `Unknown key "${token.slice(0, eq)}" in condition "${entry}" (places, months, eqf, isced, lang)` };
    if (key === "places") condition.places = numberOr(value);
    else if (key === "totalMonths") condition.totalMonths = value === "" ? null : numberOr(value);
    else if (key === "eqfLevels") condition.eqfLevels = items(value).map(numberOr);
    else if (key === "iscedCodes") condition.iscedCodes = items(value);
    else if (key === "languages") {
      condition.languages = items(value).map((pair) => {
        const [language = "", cefr = ""] = pair.split(/[:-]/);
        return { language: language.toLowerCase(), cefr: cefr.toUpperCase() };
      });
    }
  }
  if (!condition.direction) return { problem: `Condition "${entry}" needs a direction: sending or receiving` };
  if (!condition.mobilityType) return { problem: `Condition "${entry}" needs a mobility type: ${MOBILITY_TYPES.join(", ")}` };
  return condition;
}

export function formatCondition(c: {
  direction: string;
  mobilityType: string;
  places: number;
  totalMonths: number | null;
  eqfLevels: readonly number[];
  iscedCodes: readonly string[];
  languages: ReadonlyArray<{ language: string; cefr: string }>;
}): string {
  return [
    c.direction,
    c.mobilityType,
    `places=${c.places}`,
    c.totalMonths === null ? "" : `months=${c.totalMonths}`,
    c.eqfLevels.length ? `eqf=${c.eqfLevels.join(",")}` : "",
    c.iscedCodes.length ? `isced=${c.iscedCodes.join(",")}` : "",
    c.languages.length ? `lang=${c.languages.map((l) => `${l.language}:${l.cefr}`).join(",")}` : "",
  ]
    .filter((part) => part !== "")
    .join(" ");
}
