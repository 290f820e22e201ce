/** Removes diacritics and maps the few Latin letters that do not decompose (ł, ø, ß...). */
export function asciiFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/ø/g, "o")
    .replace(/Ø/g, "O")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "AE")
    .replace(/ß/g, "ss")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/ı/g, "i")
    .replace(/[’']/g, "");
}

/** Lowercase ASCII letters and digits joined by `separator` ("Zoé Le Gall" -> "zoe-le-gall"). */
export function slug(text: string, separator = "-"): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, "g"), "");
}

/** French "de Paris" / "d'Orléans" / "d'Hanoï" (mute h treated as a vowel, as is usual for place names). */
export function frenchOf(place: string): string {
  return /^[aeiouyhàâéèêëîïôöùûüœAEIOUYHÀÂÉÈÊËÎÏÔÖÙÛÜŒ]/.test(place) ? `d'${place}` : `de ${place}`;
}

/** Compares strings by UTF-16 code units: stable everywhere, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
