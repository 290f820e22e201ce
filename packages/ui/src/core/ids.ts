let counter = 0;

/** A document-unique id for label/aria wiring where the framework has no id helper (Vue render functions). */
export function uniqueId(prefix = "o"): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Space-separated ids of the present parts, or undefined when none (so aria-describedby is left out). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(" ") : undefined;
}
