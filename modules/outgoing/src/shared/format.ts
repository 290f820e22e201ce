/** Euro amounts from integer cents, in the page's language. */
export function formatEuros(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** A /20 grade with two decimals in the page's language (15,40 in French). */
export function formatGrade(grade: number | null, locale: string): string {
  return grade === null ? "—" : new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(grade);
}

/** Euros typed by a person ("1 234,50") as integer cents; NaN when it is not a number. */
export function centsOf(text: string): number {
  const value = Number(text.replace(/[\s\u202f\u00a0€]/g, "").replace(",", "."));
  return text.trim() === "" || Number.isNaN(value) ? Number.NaN : Math.round(value * 100);
}
