import type { AgreementDiff } from "../api/schemas";

export interface DiffRow {
  field: string;
  before: string;
  after: string;
}

type Change = AgreementDiff["changes"][number];
const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value);

function describeItem(field: string, item: unknown, partnerNames: ReadonlyMap<string, string>): string {
  if (field === "partnerIds" && typeof item === "string") return partnerNames.get(item) ?? item;
  if (!isRecord(item)) return item === null || item === undefined ? "" : String(item);
  if (field === "signatories") {
    const { name, role, signedOn } = item as { name?: string; role?: string; signedOn?: string | null };
    return [name, role ? `(${role})` : "", signedOn ?? ""].filter(Boolean).join(" ");
  }
  if (field === "conditions") {
    const c = item as { direction?: string; mobilityType?: string; places?: number; totalMonths?: number | null; eqfLevels?: number[]; iscedCodes?: string[] };
    return [
      `${c.direction} ${c.mobilityType}: ${c.places}`,
      c.totalMonths === null || c.totalMonths === undefined ? "" : `/ ${c.totalMonths} m`,
      c.eqfLevels?.length ? `EQF ${c.eqfLevels.join(",")}` : "",
      c.iscedCodes?.length ? `ISCED ${c.iscedCodes.join(",")}` : "",
    ]
      .filter(Boolean)
      .join(" ");
  }
  return JSON.stringify(item);
}

/** One changed value as a person reads it: lists one item per line, partner ids as names, objects summarised. */
export function formatDiffValue(field: string, value: unknown, partnerNames: ReadonlyMap<string, string> = new Map()): string {
  if (Array.isArray(value)) return value.map((item) => describeItem(field, item, partnerNames)).join("\n");
  return describeItem(field, value, partnerNames);
}

/** The service's field-by-field changes as table rows. */
export function diffRows(changes: Change[], partnerNames: ReadonlyMap<string, string> = new Map()): DiffRow[] {
  return changes.map((change) => ({
    field: change.field,
    before: formatDiffValue(change.field, change.before, partnerNames),
    after: formatDiffValue(change.field, change.after, partnerNames),
  }));
}

/** Audit rows: the top-level keys whose values differ between before and after, for a compact "changes" cell. */
export function changedKeys(before: unknown, after: unknown): string[] {
  const a = isRecord(before) ? before : {};
  const b = isRecord(after) ? after : {};
  const ignored = new Set(["version", "updatedAt", "createdAt"]);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => !ignored.has(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .sort();
}
