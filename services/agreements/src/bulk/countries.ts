import { COUNTRY_CODES } from "@orbis/contracts/countries";
import { normalizeText } from "./cells";

let codesByName: Map<string, string> | undefined;

/** Country names in French and English (from ICU), normalised, to their ISO code. */
function countryNames(): Map<string, string> {
  if (codesByName) return codesByName;
  codesByName = new Map();
  for (const locale of ["fr", "en"]) {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    for (const code of COUNTRY_CODES) {
      const name = names.of(code);
      if (name && name !== code) codesByName.set(normalizeText(name), code);
    }
  }
  return codesByName;
}

/** "FR", "fr", "France", "Allemagne", "Germany" -> ISO code; anything else is returned as given for the schema to reject. */
export function countryCodeOf(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= 3) return trimmed;
  return countryNames().get(normalizeText(trimmed)) ?? trimmed;
}
