import { slug } from "../core/text";

const STOP_WORDS = new Set(["of", "the", "and", "at", "in", "for", "de", "d", "du", "des", "la", "le"]);

/**
 * A plausible domain for an institution from its English name: its initials ("Beijing Normal University" ->
 * "bnu"), or the first word and the city for short names ("University of Berlin" -> "univ-berlin"), made unique.
 */
export function schacCode(nameEn: string, city: string, domainSuffix: string, taken: Set<string>): string {
  const words = slug(nameEn, " ").split(" ").filter((w) => w.length > 0 && !STOP_WORDS.has(w));
  const initials = words.map((w) => w[0]).join("");
  const citySlug = slug(city, "");
  const first = words.find((w) => !citySlug.startsWith(w)) ?? "univ";
  const base = initials.length >= 3 ? initials : `${first.slice(0, 4)}-${citySlug}`;
  let candidate = `${base}.${domainSuffix}`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}${n === 2 ? `-${citySlug}` : n - 1}.${domainSuffix}`;
  taken.add(candidate);
  return candidate;
}
