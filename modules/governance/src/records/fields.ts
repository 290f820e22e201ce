import type { GovernanceMessageKey } from "../i18n";

/** One input of a record form; values travel as strings in the form and are converted for the API. */
export interface FieldSpec {
  name: string;
  label: GovernanceMessageKey;
  kind: "text" | "textarea" | "date" | "number" | "integer" | "select" | "list" | "euros" | "people";
  /** For "people": which side of a delegation the lines list (stored together under `participants`). */
  side?: "home" | "guest";
  required?: boolean;
  /** For selects: the values and the message key prefix of their labels (e.g. "status.meeting."), or literal labels. */
  options?: ReadonlyArray<string | { value: string; label: string }>;
  optionPrefix?: string;
  hint?: GovernanceMessageKey;
  /** Cleared on edit as null (the contract accepts null), else left unchanged. */
  nullable?: boolean;
}

export type FormValues = Record<string, string>;

/** A record's values as the form shows them. */
export function toFormValues(fields: FieldSpec[], record: Record<string, unknown> | undefined): FormValues {
  const values: FormValues = {};
  for (const f of fields) {
    if (f.kind === "people") {
      const people = (record?.participants as Person[] | undefined) ?? [];
      values[f.name] = people
        .filter((p) => p.side === f.side)
        .map((p) => (p.role ? `${p.name}, ${p.role}` : p.name))
        .join("\n");
      continue;
    }
    const v = record?.[f.name];
    if (v === null || v === undefined) values[f.name] = "";
    else if (f.kind === "list") values[f.name] = (v as string[]).join("\n");
    else if (f.kind === "euros") values[f.name] = String((v as number) / 100);
    else values[f.name] = String(v);
  }
  return values;
}

/** The form's values as the API takes them: numbers, lists, cents; empty optional fields left out (or null on edit). */
export function toBody(fields: FieldSpec[], values: FormValues, editing: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = (values[f.name] ?? "").trim();
    if (f.kind === "people") {
      const people = raw.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => personOf(line, f.side ?? "home"));
      body.participants = [...((body.participants as Person[] | undefined) ?? []), ...people];
      continue;
    }
    if (raw === "") {
      if (f.required) body[f.name] = raw;
      else if (editing && f.nullable) body[f.name] = null;
      else if (editing && (f.kind === "text" || f.kind === "textarea") && !f.required) body[f.name] = "";
      else if (editing && f.kind === "list") body[f.name] = [];
      continue;
    }
    if (f.kind === "number") body[f.name] = Number(raw.replace(",", "."));
    else if (f.kind === "integer") body[f.name] = Number(raw);
    else if (f.kind === "euros") body[f.name] = Math.round(Number(raw.replace(",", ".")) * 100);
    else if (f.kind === "list") body[f.name] = raw.split("\n").map((s) => s.trim()).filter(Boolean);
    else body[f.name] = raw;
  }
  return body;
}

interface Person {
  name: string;
  role: string;
  side: "home" | "guest";
}

/** "Name, role" (the role may itself contain commas). */
function personOf(line: string, side: Person["side"]): Person {
  const comma = line.indexOf(",");
  return comma < 0 ? { name: line, role: "", side } : { name: line.slice(0, comma).trim(), role: line.slice(comma + 1).trim(), side };
}
