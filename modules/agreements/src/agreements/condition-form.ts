import { Cefr, type Condition } from "@orbis/contracts/agreements";

export interface ConditionForm {
  id: string | undefined;
  direction: "sending" | "receiving";
  mobilityType: Condition["mobilityType"];
  places: string;
  totalMonths: string;
  /** "0231, 0222" */
  isced: string;
  eqf: string[];
  /** "fr:B2, en:B1" */
  languages: string;
  /** Kept as they were: the editor does not change them. */
  contacts: Condition["contacts"];
}

export type ConditionErrorKey = "form.numberInvalid" | "conditions.iscedHint" | "conditions.languagesHint";

export const emptyConditionForm = (): ConditionForm => ({
  id: undefined,
  direction: "sending",
  mobilityType: "student-studies",
  places: "1",
  totalMonths: "",
  isced: "",
  eqf: [],
  languages: "",
  contacts: [],
});

export function conditionToForm(condition: Condition): ConditionForm {
  return {
    id: condition.id,
    direction: condition.direction,
    mobilityType: condition.mobilityType,
    places: String(condition.places),
    totalMonths: condition.totalMonths === null ? "" : String(condition.totalMonths),
    isced: condition.iscedCodes.join(", "),
    eqf: condition.eqfLevels.map(String),
    languages: condition.languages.map((l) => `${l.language}:${l.cefr}`).join(", "),
    contacts: condition.contacts,
  };
}

const items = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** The condition to send, or the fields in error (message keys) when the text does not parse. */
export function formToCondition(form: ConditionForm): { condition?: Condition; errors: Record<string, ConditionErrorKey> } {
  const errors: Record<string, ConditionErrorKey> = {};
  const places = form.places.trim();
  if (!/^\d+$/.test(places)) errors.places = "form.numberInvalid";
  const months = form.totalMonths.trim().replace(",", ".");
  if (months !== "" && !(/^\d+(\.\d+)?$/.test(months))) errors.totalMonths = "form.numberInvalid";
  const iscedCodes = items(form.isced);
  if (iscedCodes.some((code) => !/^\d{2,4}$/.test(code))) errors.iscedCodes = "conditions.iscedHint";
  const languages = items(form.languages).map((item) => {
    const [language = "", cefr = ""] = item.split(":").map((part) => part.trim());
    return { language: language.toLowerCase(), cefr: cefr.toUpperCase() };
  });
  if (languages.some((l) => !/^[a-z]{2}$/.test(l.language) || !Cefr.safeParse(l.cefr).success)) errors.languages = "conditions.languagesHint";
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    condition: {
      ...(form.id ? { id: form.id } : {}),
      direction: form.direction,
      mobilityType: form.mobilityType,
      places: Number(places),
      totalMonths: months === "" ? null : Number(months),
      iscedCodes,
      eqfLevels: form.eqf.map(Number).sort(),
      languages: languages as Condition["languages"],
      contacts: form.contacts,
    },
  };
}
