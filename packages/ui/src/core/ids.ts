/** Space-separated ids of the present parts, or undefined when none (so aria-describedby is left out). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(" ") : undefined;
}
