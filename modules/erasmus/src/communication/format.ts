/** A date-time in the reader's locale, Paris time (the office's). */
export const dateTime = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale === "en" ? "en-GB" : "fr-FR", { timeZone: "Europe/Paris", dateStyle: "medium", timeStyle: "short" });

/** A datetime-local input's value (Paris time assumed by the browser's zone) to an ISO instant; "" stays "". */
export const isoOfLocal = (value: string) => (value ? new Date(value).toISOString() : "");
