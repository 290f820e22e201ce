import { Condition, type Contact } from "@orbis/contracts/agreements";
import { contactFromEwp } from "./import-contacts";
import { DAYS_PER_MONTH, SPEC_ELEMENTS, UNDETERMINED_LANGUAGE } from "./namespaces";
import { attr, childKeys, children, childText, localName, textOf, type XmlElement } from "./xml-tree";

const MOBILITY_BY_ELEMENT = Object.fromEntries(Object.entries(SPEC_ELEMENTS).map(([type, element]) => [element, type])) as Record<
  string,
  Condition["mobilityType"]
>;
const KNOWN_SPEC_CHILDREN = new Set([
  "sending-hei-id", "sending-ounit-id", "sending-contact", "receiving-hei-id", "receiving-ounit-id", "receiving-contact",
  "receiving-first-academic-year-id", "receiving-last-academic-year-id", "mobilities-per-year", "recommended-language-skill",
  "subject-area", "other-info-terms", "total-months-per-year", "blended", "eqf-level", "total-days-per-year",
]);

/** "2024/2025" -> 2024; southern-hemisphere "2024/2024" -> 2024. */
export function academicYearStart(id: string | null): number | null {
  const match = /^([0-9]{4})\/([0-9]{4})$/.exec(id ?? "");
  if (!match) return null;
  const [first, second] = [Number(match[1]), Number(match[2])];
  return second === first || second === first + 1 ? first : null;
}

export interface ImportedCondition {
  condition: Condition;
  firstYear: number;
  lastYear: number;
}

/**
 * One `*-mobility-spec` as an Orbis condition, seen from the home institution; null when it cannot be mapped.
 * Everything left out is pushed to `ignored` (prefixed with `label`).
 */
export function conditionFromSpec(
  spec: XmlElement,
  element: string,
  heis: { home: string; partner: string },
  label: string,
  ignored: string[],
): ImportedCondition | null {
  const note = (message: string) => ignored.push(`${label}: ${message}`);
  const mobilityType = MOBILITY_BY_ELEMENT[element];
  if (!mobilityType) {
    note(`unknown cooperation condition <${element}> not imported`);
    return null;
  }
  const sending = childText(spec, "sending-hei-id")?.toLowerCase() ?? "";
  const receiving = childText(spec, "receiving-hei-id")?.toLowerCase() ?? "";
  const direction = sending === heis.home && receiving === heis.partner ? "sending" : receiving === heis.home && sending === heis.partner ? "receiving" : null;
  if (!direction) {
    note(`condition from ${sending || "?"} to ${receiving || "?"} does not link the two partners of the agreement: not imported`);
    return null;
  }
  const firstYear = academicYearStart(childText(spec, "receiving-first-academic-year-id"));
  const lastYear = academicYearStart(childText(spec, "receiving-last-academic-year-id"));
  if (firstYear === null || lastYear === null || lastYear < firstYear) {
    note("academic years missing or not in the YYYY/YYYY form: condition not imported");
    return null;
  }
  const placesNode = children(spec, "mobilities-per-year")[0];
  const places = Number(textOf(placesNode));
  if (!Number.isInteger(places) || places < 0) {
    note(`mobilities-per-year "${textOf(placesNode)}" is not a whole number: condition not imported`);
    return null;
  }
  if (placesNode && attr(placesNode, "not-yet-defined")) note("mobilities-per-year flagged not-yet-defined by the partner");

  for (const key of childKeys(spec)) if (!KNOWN_SPEC_CHILDREN.has(localName(key))) note(`unknown element <${localName(key)}> ignored`);
  for (const ounit of ["sending-ounit-id", "receiving-ounit-id"]) {
    const value = childText(spec, ounit);
    if (value) note(`${ounit} "${value}" not recorded (Orbis conditions are per institution)`);
  }

  const languages: Condition["languages"] = [];
  for (const skill of children(spec, "recommended-language-skill")) {
    const language = (childText(skill, "language") ?? "").toLowerCase().split("-")[0] ?? "";
    const cefr = (childText(skill, "cefr-level") ?? "").toUpperCase();
    if (language === UNDETERMINED_LANGUAGE) continue;
    if (/^[a-z]{2}$/.test(language) && /^[ABC][12]$/.test(cefr)) languages.push({ language, cefr: cefr as Condition["languages"][number]["cefr"] });
    else note(`language skill "${language}${cefr ? ` ${cefr}` : ""}" not imported (Orbis needs a 2-letter language and a CEFR level)`);
    if (children(skill, "subject-area").length > 0) note(`subject area attached to language "${language}" not recorded`);
  }

  const iscedCodes: string[] = [];
  for (const area of children(spec, "subject-area")) {
    const codeNode = children(area, "isced-f-code")[0];
    const code = textOf(codeNode);
    if (/^[0-9]{2,4}$/.test(code)) iscedCodes.push(code);
    else note(`ISCED-F code "${code}" not valid: ignored`);
    const v6 = codeNode && attr(codeNode, "v6-value");
    if (v6) note(`ISCED v6-value "${v6}" of ${code} not recorded`);
    const clarification = childText(area, "isced-clarification");
    if (clarification) note(`ISCED clarification "${clarification}" of ${code} not recorded`);
  }

  const otherInfo = childText(spec, "other-info-terms");
  if (otherInfo) note(`other-info-terms not recorded: "${otherInfo.slice(0, 200)}"`);
  const blended = childText(spec, "blended");
  if (blended !== null) note(`blended=${blended} not recorded (Orbis has no blended-mobility field)`);

  let totalMonths: number | null = null;
  const months = childText(spec, "total-months-per-year");
  const days = childText(spec, "total-days-per-year");
  if (months) totalMonths = Number(months);
  else if (days) {
    totalMonths = Math.round((Number(days) / DAYS_PER_MONTH) * 100) / 100;
    note(`${days} staff days per year recorded as ${totalMonths} months (${DAYS_PER_MONTH} days a month)`);
  }
  if (totalMonths !== null && !Number.isFinite(totalMonths)) {
    note(`total per year "${months ?? days}" is not a number: ignored`);
    totalMonths = null;
  }

  const eqfLevels: number[] = [];
  for (const level of children(spec, "eqf-level").map((e) => Number(textOf(e)))) {
    if (Number.isInteger(level) && level >= 5 && level <= 8) {
      if (!eqfLevels.includes(level)) eqfLevels.push(level);
    } else note(`EQF level ${level} not recorded (Orbis covers higher education, EQF 5 to 8)`);
  }

  const homeSide = direction === "sending" ? "sending-contact" : "receiving-contact";
  const contacts: Array<Contact & { side: "home" | "partner" }> = [];
  for (const [name, side] of [[homeSide, "home"], [homeSide === "sending-contact" ? "receiving-contact" : "sending-contact", "partner"]] as const) {
    for (const node of children(spec, name)) {
      const { contact, problem } = contactFromEwp(node, name === "sending-contact" ? "Sending contact" : "Receiving contact");
      if (problem) note(problem);
      if (contact) contacts.push({ ...contact, side });
    }
  }

  const parsed = Condition.safeParse({ direction, mobilityType, places, totalMonths, iscedCodes, eqfLevels, languages, contacts });
  if (!parsed.success) {
    note(`condition not imported: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    return null;
  }
  return { condition: parsed.data, firstYear, lastYear };
}
