import { asciiFold } from "../core/text";

/**
 * Erasmus codes: a country prefix padded with spaces to three characters ("D  ", "PL ", "IRL"), a city part in
 * capital letters (hyphens allowed inside), and a two- or three-digit number: "D  BERLIN01", "E  MADRID03",
 * "PL WARSZAW01", "IRLDUBLIN02". IRL and LUX are the only three-letter prefixes.
 */
export const ERASMUS_CODE_PATTERN = /^(?:IRL|LUX|[A-Z]{2} |[A-Z] {2})[A-Z](?:[A-Z-]*[A-Z])?\d{2,3}$/;

export function formatErasmusCode(prefix: string, cityPart: string, number: number): string {
  if (!/^(?:[A-Z]{1,2}|IRL|LUX)$/.test(prefix)) throw new Error(`Invalid Erasmus code prefix: ${prefix}`);
  if (!Number.isInteger(number) || number < 1 || number > 999) throw new Error(`Invalid Erasmus code number: ${number}`);
  return `${prefix.padEnd(3, " ")}${cityPart}${String(number).padStart(2, "0")}`;
}

/** City part derived from a Latin-script city name: capital ASCII letters, at most seven ("München" -> "MUNCHEN"). */
export function erasmusCityPart(localName: string): string {
  return asciiFold(localName).toUpperCase().replace(/[^A-Z]/g, "").slice(0, 7);
}
