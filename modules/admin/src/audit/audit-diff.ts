import type { AuditRecord } from "@orbis/contracts/common";
import type { Locale } from "@orbis/ui/i18n";

/** One field that an audited change touched. */
export interface FieldChange {
  /** Dotted path of the field: "name", "label.fr". */
  field: string;
  /** Undefined when the field did not exist before (a creation). */
  before: unknown;
  /** Undefined when the field no longer exists (a deletion). */
  after: unknown;
  /** For lists of plain values (roles, scopes): what was added and removed, rather than two whole lists. */
  added?: unknown[];
  removed?: unknown[];
}

/** Bookkeeping fields that change with every write and say nothing to a reader. */
export const BOOKKEEPING_FIELDS: readonly string[] = ["id", "version", "createdAt", "updatedAt"];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isScalar = (value: unknown) => value === null || ["string", "number", "boolean"].includes(typeof value);

/** A record as dotted paths to its leaves (arrays are leaves): {label: {fr: "A"}} -> {"label.fr": "A"}. */
export function flattenRecord(value: unknown, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  if (!isPlainObject(value)) {
    if (prefix) into.set(prefix, value);
    return into;
  }
  const entries = Object.entries(value);
  if (entries.length === 0 && prefix) into.set(prefix, value);
  for (const [key, child] of entries) flattenRecord(child, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

/** Structural equality for JSON values (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key]));
  }
  return false;
}

const isIgnored = (field: string, ignore: readonly string[]) =>
  ignore.some((ignored) => field === ignored || field.startsWith(`${ignored}.`));

/**
 * The fields that differ between two versions of a record, in the record's own field order. Lists of plain values
 * are compared as sets (a reordering is no change) and report what was added and removed.
 */
export function diffRecords(before: unknown, after: unknown, ignore: readonly string[] = BOOKKEEPING_FIELDS): FieldChange[] {
  const beforeFields = flattenRecord(before);
  const afterFields = flattenRecord(after);
  const fields = [...new Set([...beforeFields.keys(), ...afterFields.keys()])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (isIgnored(field, ignore)) continue;
    const was = beforeFields.get(field);
    const now = afterFields.get(field);
    if (sameValue(was, now)) continue;
    const wasList = Array.isArray(was) ? was : was === undefined || was === null ? [] : null;
    const nowList = Array.isArray(now) ? now : now === undefined || now === null ? [] : null;
    if (wasList && nowList && (Array.isArray(was) || Array.isArray(now)) && [...wasList, ...nowList].every(isScalar)) {
      const added = nowList.filter((item) => !wasList.includes(item));
      const removed = wasList.filter((item) => !nowList.includes(item));
      if (added.length === 0 && removed.length === 0) continue;
      changes.push({ field, before: was, after: now, added, removed });
      continue;
    }
    changes.push({ field, before: was, after: now });
  }
  return changes;
}

/** What an audit row changed (a creation lists every field it set). */
export function auditChanges(record: Pick<AuditRecord, "before" | "after">, ignore?: readonly string[]): FieldChange[] {
  return diffRecords(record.before ?? undefined, record.after ?? undefined, ignore);
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value : undefined);

/**
 * A readable name for the audited record: a module's or department's label in the locale, else an account's name,
 * email or a code, else the raw entity id.
 */
export function auditSubject(record: Pick<AuditRecord, "before" | "after" | "entityId">, locale: Locale): string {
  const source = isPlainObject(record.after) ? record.after : isPlainObject(record.before) ? record.before : {};
  const label = isPlainObject(source.label) ? source.label : {};
  const suffix = locale === "fr" ? "Fr" : "En";
  return (
    text(label[locale]) ??
    text(source[`label${suffix}`]) ??
    text(source[`name${suffix}`]) ??
    text(source.name) ??
    text(source.email) ??
    text(source.code) ??
    record.entityId
  );
}
