const isScalarList = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.every((item) => item === null || typeof item !== "object");

/** Form values compare as the admin sees them: lists of checkboxes as sets. */
function sameFormValue(a: unknown, b: unknown): boolean {
  if (isScalarList(a) && isScalarList(b)) return a.length === b.length && a.every((item) => b.includes(item));
  return Object.is(a, b);
}

/**
 * A three-way merge after a stale-version reload: the fields the admin edited (draft differs from where they
 * started) keep the admin's value; every other field takes the fresh server value, so saving again does not undo
 * what the other person changed.
 */
export function rebaseForm<V extends object>(started: V, fresh: V, draft: V): V {
  const merged = { ...fresh };
  for (const key of Object.keys(draft) as (keyof V)[]) {
    if (!sameFormValue(draft[key], started[key])) merged[key] = draft[key];
  }
  return merged;
}
