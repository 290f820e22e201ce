// Money in euros is formatted and read the same way in every module.
export { formatEuros, centsOf } from "@orbis/ui/react";

/** A /20 grade with two decimals in the page's language (15,40 in French). */
export function formatGrade(grade: number | null, locale: string): string {
  return grade === null ? "—" : new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(grade);
}
