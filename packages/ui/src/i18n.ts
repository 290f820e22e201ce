/** Tiny typed i18n for Orbis: French first, English second. Safe to import in Node (storage calls are guarded). */

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
/** localStorage key holding the chosen locale. */
export const LOCALE_STORAGE_KEY = "orbis.locale";
/** Window event (CustomEvent<{ locale: Locale }>) dispatched when the locale changes. */
export const LOCALE_EVENT = "orbis:locale";

/** BCP 47 tags used for Intl formatting (British English: day-month order, like French). */
const INTL_TAGS: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

export type MessageParams = Record<string, string | number>;
type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";
/** "items_one" | "items_other" -> "items": a plural family is looked up by its base key with params.count. */
type PluralBase<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : never;
export type MessageKey<M> = Extract<keyof M, string> | PluralBase<Extract<keyof M, string>>;

export interface I18n<M extends Record<string, string>> {
  /** Translates `key`; `{name}` placeholders take `params.name`; with `params.count`, `key_one`/`key_other`... win. */
  t(locale: Locale, key: MessageKey<M>, params?: MessageParams): string;
  /** A translator bound to one locale. */
  bind(locale: Locale): (key: MessageKey<M>, params?: MessageParams) => string;
  readonly messages: { readonly fr: M; readonly en: { readonly [K in keyof M]: string } };
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function intlTag(locale: Locale): string {
  return INTL_TAGS[locale];
}

function interpolate(template: string, locale: Locale, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? formatNumber(locale, value) : value;
  });
}

/**
 * Builds a translator over French messages (the reference: every key) and English ones (the same keys, enforced by
 * the type). A key missing at run time falls back to French, then to the key itself.
 */
export function createI18n<const M extends Record<string, string>>(messages: {
  fr: M;
  en: { [K in keyof M]: string };
}): I18n<M> {
  const catalogs: Record<Locale, Record<string, string>> = { fr: messages.fr, en: messages.en };
  const lookup = (locale: Locale, key: string): string | undefined => catalogs[locale][key] ?? catalogs.fr[key];

  function t(locale: Locale, key: MessageKey<M>, params?: MessageParams): string {
    let template: string | undefined;
    if (typeof params?.count === "number") {
      const category = new Intl.PluralRules(intlTag(locale)).select(params.count);
      template = lookup(locale, `${key}_${category}`) ?? lookup(locale, `${key}_other`);
    }
    template ??= lookup(locale, key) ?? key;
    return interpolate(template, locale, params);
  }

  return { t, bind: (locale) => (key, params) => t(locale, key, params), messages };
}

function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A date, e.g. "5 mars 2026" / "5 Mar 2026". Date-only ISO strings (2026-03-05) are read as that calendar day. */
export function formatDate(locale: Locale, value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
  const dateOnly = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = dateOnly ? new Date(`${value}T00:00:00Z`) : toDate(value);
  const defaults: Intl.DateTimeFormatOptions = { dateStyle: "medium", ...(dateOnly ? { timeZone: "UTC" } : {}) };
  return new Intl.DateTimeFormat(intlTag(locale), { ...defaults, ...options }).format(date);
}

/** A date and time, e.g. "5 mars 2026, 14:30" / "5 Mar 2026, 14:30". */
export function formatDateTime(locale: Locale, value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "medium", timeStyle: "short", ...options }).format(
    toDate(value),
  );
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTag(locale), options).format(value);
}

/** An amount of money, euros unless told otherwise, e.g. "1 234,50 €" / "€1,234.50". */
export function formatMoney(locale: Locale, amount: number, currency = "EUR", options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTag(locale), { style: "currency", currency, ...options }).format(amount);
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined; // storage can throw when blocked by the browser's privacy settings
  }
}

/** The persisted locale, French when none (or an unknown value) is stored. */
export function getLocale(): Locale {
  const stored = storage()?.getItem(LOCALE_STORAGE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

/** Persists the locale, sets `<html lang>` and tells every listener on this page through the `orbis:locale` event. */
export function setLocale(locale: Locale): void {
  storage()?.setItem(LOCALE_STORAGE_KEY, locale);
  if (typeof document !== "undefined") document.documentElement.lang = locale;
  if (typeof window !== "undefined") {
    window.dispatchEvent(new CustomEvent<LocaleChangeDetail>(LOCALE_EVENT, { detail: { locale } }));
  }
}

export interface LocaleChangeDetail {
  locale: Locale;
}

/** Calls `listener` when the locale changes on this page or in another tab; returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  if (typeof window === "undefined") return () => {};
  const onEvent = (event: Event) => {
    const locale = (event as CustomEvent<Partial<LocaleChangeDetail>>).detail?.locale;
    if (isLocale(locale)) listener(locale);
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === LOCALE_STORAGE_KEY && isLocale(event.newValue)) listener(event.newValue);
  };
  window.addEventListener(LOCALE_EVENT, onEvent);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(LOCALE_EVENT, onEvent);
    window.removeEventListener("storage", onStorage);
  };
}
export { problemTextsEn, problemTextsFr } from "./core/problem-texts";
