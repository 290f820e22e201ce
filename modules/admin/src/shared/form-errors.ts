import { fieldErrorsOf } from "../api/problems";
import type { AdminMessageKey, Translate } from "../i18n";
import { localizeServerMessage } from "./server-messages";

export interface FormErrors<F extends string> {
  /** Message per field, shown next to its input. */
  fields: Partial<Record<F, string>>;
  /** Server field errors that match no input of the form (shown in the form's alert). */
  unplaced: string[];
}

/**
 * What a form shows: its own checks first, then the server's field errors of the last failed submit, leaving out
 * the fields the admin changed since (their old message would no longer be about what is typed).
 */
export function mergeFieldErrors<F extends string>(
  t: Translate,
  client: Partial<Record<F, AdminMessageKey>>,
  serverError: unknown,
  fieldOf: (serverField: string) => F | undefined,
  edited: ReadonlySet<string>,
): FormErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  const unplaced: string[] = [];
  for (const [serverField, message] of Object.entries(fieldErrorsOf(serverError))) {
    const field = fieldOf(serverField);
    if (field === undefined) unplaced.push(localizeServerMessage(t, message));
    else if (!edited.has(field)) fields[field] ??= localizeServerMessage(t, message);
  }
  for (const [field, key] of Object.entries(client) as [F, AdminMessageKey | undefined][]) {
    if (key && !edited.has(field)) fields[field] = t(key);
  }
  return { fields, unplaced };
}

/** A server field name that is one of `fields`, else undefined. */
export const fieldIn =
  <F extends string>(fields: readonly F[]) =>
  (serverField: string): F | undefined =>
    (fields as readonly string[]).includes(serverField) ? (serverField as F) : undefined;
