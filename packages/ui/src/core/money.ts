/** Euro amounts from integer cents, in the page's language. */
export function formatEuros(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
}

/** Euros typed by a person ("1 234,50") as integer cents; NaN when it is not a number. */
export function centsOf(text: string): number {
  const value = Number(text.replace(/[\s\u202f\u00a0€]/g, "").replace(",", "."));
  return text.trim() === "" || Number.isNaN(value) ? Number.NaN : Math.round(value * 100);
}
