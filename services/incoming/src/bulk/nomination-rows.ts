import { CreateIncomingStudent } from "@orbis/contracts/incoming";
import { sheetRowNumber, type RowError, type RowsResult } from "./errors";

/**
 * Import columns (header text, case, accents, spaces and underscores ignored; French names accepted). A partner's
 * student names the partner and, for exchanges, the agreement and its receiving condition (their ids, as shown by
 * the agreements pages); a free mover's row gives the home institution's name and country instead.
 */
export const NOMINATION_COLUMNS: Record<string, string[]> = {
  firstName: ["firstname", "prenom"],
  lastName: ["lastname", "nom"],
  email: ["email", "courriel"],
  sex: ["sex", "sexe"],
  birthDate: ["birthdate", "datedenaissance", "naissance"],
  nationality: ["nationality", "nationalite"],
  partnerId: ["partnerid", "partenaire"],
  homeInstitutionName: ["homeinstitutionname", "homeinstitution", "etablissementdorigine"],
  homeCountry: ["homecountry", "paysdorigine"],
  agreementId: ["agreementid", "accord"],
  conditionId: ["conditionid", "condition"],
  programme: ["programme", "program"],
  academicYear: ["academicyear", "anneeuniversitaire", "annee"],
  period: ["period", "periode"],
  department: ["department", "departement", "composante"],
  level: ["level", "niveau"],
  iscedCode: ["iscedcode", "isced"],
  plannedArrival: ["plannedarrival", "arrivee"],
  plannedDeparture: ["planneddeparture", "depart"],
};
const REQUIRED = ["firstName", "lastName", "email", "sex", "birthDate", "nationality", "programme", "academicYear", "period", "department", "level", "iscedCode", "plannedArrival", "plannedDeparture"];

const squash = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/** Rows of the file as nominations (before the agreements checks), with every problem by row and column. */
export function nominationRows(rows: ReadonlyArray<Record<string, string>>): RowsResult<CreateIncomingStudent> & { cells: Array<Record<string, string>> } {
  const keyOf = new Map<string, string>();
  for (const h of Object.keys(rows[0] ?? {})) for (const [key, names] of Object.entries(NOMINATION_COLUMNS)) if (names.includes(squash(h))) keyOf.set(h, key);
  const present = new Set(keyOf.values());
  const errors: RowError[] = REQUIRED.filter((k) => rows.length > 0 && !present.has(k)).map((k) => ({ row: 1, path: k, message: `Missing column "${k}"` }));
  const valid: RowsResult<CreateIncomingStudent>["valid"] = [];
  const cells: Array<Record<string, string>> = [];
  const seen = new Map<string, number>();
  rows.forEach((raw, index) => {
    const row = sheetRowNumber(index);
    const cell: Record<string, string> = {};
    for (const [h, key] of keyOf) cell[key] = (raw[h] ?? "").trim();
    cells.push(cell);
    if (Object.values(cell).every((v) => v === "")) return;
    const candidate: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(cell)) if (value !== "") candidate[key] = value;
    for (const key of ["sex", "programme", "department", "nationality", "homeCountry"]) if (typeof candidate[key] === "string") candidate[key] = (candidate[key] as string).toUpperCase();
    if (typeof candidate.period === "string") candidate.period = candidate.period.toLowerCase();
    if (typeof candidate.academicYear === "string" && /^\d+$/.test(candidate.academicYear)) candidate.academicYear = Number(candidate.academicYear);
    const parsed = CreateIncomingStudent.safeParse(candidate);
    const rowErrors: RowError[] = parsed.success ? [] : parsed.error.issues.map((issue) => ({ row, path: issue.path.map(String).join("."), message: issue.message }));
    const email = (cell.email ?? "").toLowerCase();
    if (email && seen.has(email)) rowErrors.push({ row, path: "email", message: `Same student as row ${seen.get(email)}` });
    else if (email) seen.set(email, row);
    if (rowErrors.length || !parsed.success) errors.push(...rowErrors);
    else valid.push({ row, value: parsed.data });
  });
  return { valid, errors, cells };
}
