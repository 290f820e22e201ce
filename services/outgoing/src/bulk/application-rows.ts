import { CreateApplication, MAX_CHOICES } from "@orbis/contracts/outgoing";
import { choiceErrors } from "../domain/eligibility";
import { sheetRowNumber, type RowError, type RowsResult } from "./errors";

/**
 * Import columns (header text, case, accents, spaces and underscores ignored; French names accepted):
 * studentNumber, firstName, lastName, email, department, level (L1..PhD), sex (F/M/X), nationality (ISO code),
 * scholarshipHolder, disability, fewerOpportunities (yes/no, oui/non, 1/0; empty = no), gradeAverage (14.5 or 14,5),
 * certificateLanguage + certificateCefr (both or neither), choice1..choice3: the host's Erasmus code ("D  BERLIN01",
 * spaces ignored) or SCHAC code; when that host offers several destinations, the one open to the student's level and
 * department.
 */
export const APPLICATION_COLUMNS: Record<string, string[]> = {
  studentNumber: ["studentnumber", "numeroetudiant", "ine"],
  firstName: ["firstname", "prenom"],
  lastName: ["lastname", "nom"],
  email: ["email", "courriel"],
  department: ["department", "departement", "composante"],
  level: ["level", "niveau"],
  sex: ["sex", "sexe"],
  nationality: ["nationality", "nationalite"],
  scholarshipHolder: ["scholarshipholder", "boursier"],
  disability: ["disability", "handicap"],
  fewerOpportunities: ["feweropportunities", "moinsdopportunites"],
  gradeAverage: ["gradeaverage", "moyenne"],
  certificateLanguage: ["certificatelanguage", "languecertificat"],
  certificateCefr: ["certificatecefr", "niveaucertificat"],
  choice1: ["choice1", "choix1"],
  choice2: ["choice2", "choix2"],
  choice3: ["choice3", "choix3"],
};
const REQUIRED = ["studentNumber", "firstName", "lastName", "email", "department", "level", "sex", "nationality", "gradeAverage"];

const squash = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
export const hostKey = (code: string) => code.replace(/\s+/g, "").toLowerCase();

export interface ImportDestination {
  id: string;
  eqfLevels: number[];
  departments: string[];
  partnerName: string;
  partnerErasmusCode: string | null;
  partnerSchac: string | null;
}

const YES = new Set(["yes", "oui", "true", "vrai", "1", "x", "o", "y"]);
const NO = new Set(["", "no", "non", "false", "faux", "0", "n"]);

export type ImportedApplication = ReturnType<typeof CreateApplication.parse>;

/** Rows of the file as applications, with every problem by row and column. */
export function applicationRows(rows: ReadonlyArray<Record<string, string>>, destinations: readonly ImportDestination[]): RowsResult<ImportedApplication> & { cells: Array<Record<string, string>> } {
  const header = Object.keys(rows[0] ?? {});
  const keyOf = new Map<string, string>();
  for (const h of header) for (const [key, names] of Object.entries(APPLICATION_COLUMNS)) if (names.includes(squash(h))) keyOf.set(h, key);
  const present = new Set(keyOf.values());
  const errors: RowError[] = REQUIRED.filter((k) => rows.length > 0 && !present.has(k)).map((k) => ({ row: 1, path: k, message: `Missing column "${k}"` }));
  const valid: RowsResult<ImportedApplication>["valid"] = [];
  const cells: Array<Record<string, string>> = [];
  const byHost = new Map<string, ImportDestination[]>();
  for (const d of destinations) {
    for (const code of [d.partnerErasmusCode, d.partnerSchac]) if (code) byHost.set(hostKey(code), [...(byHost.get(hostKey(code)) ?? []), d]);
  }
  const seen = new Map<string, number>();
  rows.forEach((raw, index) => {
    const row = sheetRowNumber(index);
    const cell: Record<string, string> = {};
    for (const [h, key] of keyOf) cell[key] = (raw[h] ?? "").trim();
    cells.push(cell);
    if (Object.values(cell).every((v) => v === "")) return;
    const rowErrors: RowError[] = [];
    const flag = (key: string) => {
      const text = (cell[key] ?? "").toLowerCase();
      if (YES.has(text)) return true;
      if (!NO.has(text)) rowErrors.push({ row, path: key, message: "Expected yes or no" });
      return false;
    };
    const grade = (cell.gradeAverage ?? "").replace(",", ".");
    const language = cell.certificateLanguage ?? "";
    const cefr = (cell.certificateCefr ?? "").toUpperCase();
    if (Boolean(language) !== Boolean(cefr)) rowErrors.push({ row, path: language ? "certificateCefr" : "certificateLanguage", message: "Give both the certificate's language and its CEFR level, or neither" });
    const candidate = {
      studentNumber: cell.studentNumber,
      firstName: cell.firstName,
      lastName: cell.lastName,
      email: cell.email,
      department: (cell.department ?? "").toUpperCase(),
      level: cell.level,
      sex: (cell.sex ?? "").toUpperCase(),
      nationality: cell.nationality,
      scholarshipHolder: flag("scholarshipHolder"),
      disability: flag("disability"),
      fewerOpportunities: flag("fewerOpportunities"),
      gradeAverage: grade === "" || Number.isNaN(Number(grade)) ? grade : Number(grade),
      languageCertificate: language && cefr ? { language: language.toLowerCase(), cefr } : null,
      choices: [] as string[],
    };
    const parsed = CreateApplication.safeParse(candidate);
    if (!parsed.success) for (const issue of parsed.error.issues) rowErrors.push({ row, path: issue.path.map(String).join("."), message: issue.message });
    const student = { level: candidate.level ?? "", department: candidate.department };
    for (let i = 1; i <= MAX_CHOICES; i++) {
      const text = cell[`choice${i}`] ?? "";
      if (!text) continue;
      const hosts = byHost.get(hostKey(text)) ?? [];
      if (hosts.length === 0) {
        rowErrors.push({ row, path: `choice${i}`, message: `No destination of this call at "${text}"` });
        continue;
      }
      const open = parsed.success ? hosts.filter((d) => choiceErrors([d], student, [d.id]).length === 0) : hosts;
      if (open.length === 1) candidate.choices.push(open[0]!.id);
      else if (open.length === 0) rowErrors.push({ row, path: `choice${i}`, message: choiceErrors([hosts[0]!], student, [hosts[0]!.id])[0]!.message });
      else rowErrors.push({ row, path: `choice${i}`, message: `${hosts[0]!.partnerName} offers several destinations for this student: pick one in the form` });
    }
    if (new Set(candidate.choices).size !== candidate.choices.length) rowErrors.push({ row, path: "choice2", message: "The same destination is chosen twice" });
    const number = cell.studentNumber ?? "";
    if (number && seen.has(number)) rowErrors.push({ row, path: "studentNumber", message: `Same student as row ${seen.get(number)}` });
    else seen.set(number, row);
    if (rowErrors.length || !parsed.success) errors.push(...rowErrors);
    else valid.push({ row, value: { ...parsed.data, choices: candidate.choices } });
  });
  return { valid, errors, cells };
}
