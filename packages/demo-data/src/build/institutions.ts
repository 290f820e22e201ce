import type { CitySeed, CountrySeed } from "../data/countries";
import { COUNTRY_SEEDS } from "../data/countries";
import type { NamePattern } from "../data/institution-styles";
import { INSTITUTION_STYLES } from "../data/institution-styles";
import { frenchOf } from "../core/text";

/** A plausible institution: a name pattern applied to a city. Partners and external hosts are drawn from these. */
export interface InstitutionCandidate {
  /** Stable key ("DE|Universität Leipzig"), used to derive the partner's id. */
  key: string;
  name: string;
  nameLatin: string;
  nameEn: string;
  country: CountrySeed;
  city: CitySeed;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function fill(template: string, values: Record<string, string | undefined>): string | null {
  let missing = false;
  const text = template.replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    if (value === undefined) missing = true;
    return value ?? "";
  });
  return missing ? null : text;
}

function render(pattern: NamePattern, city: CitySeed, latinScript: boolean): Omit<InstitutionCandidate, "key" | "country" | "city"> | null {
  const frenchName = city.forms?.fr ?? (latinScript ? city.local : undefined);
  const values = {
    local: city.local,
    city: city.name,
    de: frenchName === undefined ? undefined : frenchOf(frenchName),
    adj: city.forms?.adj,
    loc: city.forms?.loc,
    gen: city.forms?.gen,
  };
  const name = fill(pattern.local, values);
  const nameEn = fill(pattern.en, values);
  if (name === null || nameEn === null) return null;
  const nameLatin = pattern.latin !== undefined ? fill(pattern.latin, values) : latinScript ? name : nameEn;
  if (nameLatin === null) return null;
  return { name, nameLatin, nameEn };
}

let catalogue: InstitutionCandidate[] | null = null;

/** Every candidate institution, in a fixed order (data order: country, city, pattern). */
export function institutionCatalogue(): readonly InstitutionCandidate[] {
  if (catalogue) return catalogue;
  const seen = new Set<string>();
  const out: InstitutionCandidate[] = [];
  for (const country of COUNTRY_SEEDS) {
    country.cities.forEach((city, cityIndex) => {
      const style = INSTITUTION_STYLES[city.style ?? country.style];
      if (!style) throw new Error(`Unknown institution style ${city.style ?? country.style}`);
      for (const pattern of style.patterns) {
        // A pattern without placeholder names a single institution: place it in the country's first city.
        if (!pattern.local.includes("{") && cityIndex > 0) continue;
        const rendered = render(pattern, city, style.latinScript);
        if (!rendered) continue;
        const key = `${country.code}|${rendered.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ key, ...rendered, country, city });
      }
    });
  }
  catalogue = out;
  return out;
}
