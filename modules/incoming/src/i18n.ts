import { computed, type ComputedRef } from "vue";
import { createI18n, formatDate, type Locale, type MessageKey } from "@orbis/ui/i18n";
import { useLocale } from "@orbis/ui/vue";
import { academicEn, academicFr } from "./i18n/academic";
import { commonEn, commonFr } from "./i18n/common";
import { editsEn, editsFr } from "./i18n/edits";
import { admissionEn, admissionFr } from "./i18n/admission";
import { followupEn, followupFr } from "./i18n/followup";
import { lifeEn, lifeFr } from "./i18n/life";
import { studentsEn, studentsFr } from "./i18n/students";

/** Every text of the incoming module, French first; each area of the module keeps its texts in src/i18n/<area>.ts. */
export const incomingMessages = createI18n({
  fr: { ...commonFr, ...studentsFr, ...admissionFr, ...followupFr, ...lifeFr, ...academicFr, ...editsFr },
  en: { ...commonEn, ...studentsEn, ...admissionEn, ...followupEn, ...lifeEn, ...academicEn, ...editsEn },
});

export type IncomingMessageKey = MessageKey<(typeof incomingMessages)["messages"]["fr"]>;
export type Translate = (key: IncomingMessageKey, params?: Record<string, string | number>) => string;

/** The module's texts in the current locale (provided by the lifecycles, and by App for tests). */
export function useText(): ComputedRef<Translate> {
  const locale = useLocale();
  return computed(() => incomingMessages.bind(locale.value));
}

/** The text of a value from the contracts' enumerations, e.g. label(t, "status", student.status). */
export function label(t: Translate, family: "status" | "kind" | "programme" | "period" | "sex", value: string): string {
  return t(`${family}.${value}` as IncomingMessageKey);
}

/** Country name in the locale ("FR" -> "France"), the code itself when Intl does not know it. */
export function countryName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale === "fr" ? "fr-FR" : "en-GB"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "2026-2027" for the academic year starting in 2026. */
export const yearLabel = (start: number) => `${start}-${start + 1}`;

export const dateLabel = (locale: Locale, value: string | null | undefined, none: string) => (value ? formatDate(locale, value) : none);
