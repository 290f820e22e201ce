import { COUNTRY_CODES } from "@orbis/contracts/countries";

/** Country TLDs that differ from the ISO 3166-1 code of the country. */
const TLD_TO_ISO: Record<string, string> = { uk: "GB" };

/**
 * The country of an institution from its SCHAC code when the domain ends in a country TLD ("uw.edu.pl" -> "PL",
 * "ox.ac.uk" -> "GB"); null for generic TLDs (.eu, .edu, .org...) where nothing can be inferred.
 */
export function countryFromSchac(schac: string): string | null {
  const tld = schac.trim().toLowerCase().split(".").at(-1) ?? "";
  if (!/^[a-z]{2}$/.test(tld) || tld === "eu") return null;
  const code = TLD_TO_ISO[tld] ?? tld.toUpperCase();
  return COUNTRY_CODES.includes(code) ? code : null;
}
