/** Euro amounts from cents, in the page's locale. */
export const euros = (cents: number, locale: string) => new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
/** "12,50" or "12.5" typed by a person, to cents; NaN when not a number. */
export const centsOf = (text: string) => Math.round(Number(text.replace(",", ".").replace(/\s/g, "")) * 100);
