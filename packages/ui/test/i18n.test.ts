import { afterEach, describe, expect, it, vi } from "vitest";
import {
  LOCALE_EVENT,
  LOCALE_STORAGE_KEY,
  createI18n,
  formatDate,
  formatMoney,
  formatNumber,
  getLocale,
  isLocale,
  onLocaleChange,
  setLocale,
} from "../src/i18n";

const NBSP = /[\u00a0\u202f]/g; // French formats group thousands and separate "€" with (narrow) no-break spaces
const plain = (text: string) => text.replace(NBSP, " ");

const i18n = createI18n({
  fr: { hello: "Bonjour {name}", files_one: "{count} fichier", files_other: "{count} fichiers", onlyFr: "Seulement en français" },
  en: { hello: "Hello {name}", files_one: "{count} file", files_other: "{count} files", onlyFr: "" },
});

describe("createI18n", () => {
  it("translates with placeholders in each locale", () => {
    expect(i18n.t("fr", "hello", { name: "Ada" })).toBe("Bonjour Ada");
    expect(i18n.t("en", "hello", { name: "Ada" })).toBe("Hello Ada");
    expect(i18n.bind("en")("hello", { name: "Lin" })).toBe("Hello Lin");
  });

  it("leaves unknown placeholders visible", () => {
    expect(i18n.t("fr", "hello")).toBe("Bonjour {name}");
  });

  it("picks the plural form from params.count with the locale's rules, numbers formatted", () => {
    expect(i18n.t("fr", "files", { count: 0 })).toBe("0 fichier"); // French: 0 and 1 are singular
    expect(i18n.t("en", "files", { count: 0 })).toBe("0 files");
    expect(i18n.t("en", "files", { count: 1 })).toBe("1 file");
    expect(plain(i18n.t("fr", "files", { count: 1500 }))).toBe("1 500 fichiers");
  });

  it("falls back to French, then to the key, for texts missing at run time", () => {
    const partial = createI18n({ fr: { a: "A fr", b: "B fr" }, en: { a: "A en" } as { a: string; b: string } });
    expect(partial.t("en", "b")).toBe("B fr");
    expect(partial.t("en", "zzz" as "a")).toBe("zzz");
  });
});

describe("formatting", () => {
  it("formats dates, date-only strings as that calendar day", () => {
    expect(formatDate("fr", "2026-03-05")).toBe("5 mars 2026");
    expect(formatDate("en", "2026-03-05")).toBe("5 Mar 2026");
    expect(formatDate("fr", new Date(Date.UTC(2026, 0, 15, 12)), { timeZone: "UTC", dateStyle: "long" })).toBe("15 janvier 2026");
  });

  it("formats numbers and money per locale", () => {
    expect(plain(formatNumber("fr", 1234567.5))).toBe("1 234 567,5");
    expect(formatNumber("en", 1234567.5)).toBe("1,234,567.5");
    expect(plain(formatMoney("fr", 1234.5))).toBe("1 234,50 €");
    expect(formatMoney("en", 1234.5)).toBe("€1,234.50");
    expect(formatMoney("en", 10, "GBP")).toBe("£10.00");
  });
});

describe("locale persistence", () => {
  afterEach(() => localStorage.clear());

  it("defaults to French and ignores unknown stored values", () => {
    expect(getLocale()).toBe("fr");
    localStorage.setItem(LOCALE_STORAGE_KEY, "de");
    expect(getLocale()).toBe("fr");
    expect(isLocale("de")).toBe(false);
  });

  it("stores the locale, sets <html lang> and dispatches orbis:locale", () => {
    const seen: unknown[] = [];
    const listener = (event: Event) => seen.push((event as CustomEvent).detail);
    window.addEventListener(LOCALE_EVENT, listener);
    setLocale("en");
    window.removeEventListener(LOCALE_EVENT, listener);
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe("en");
    expect(getLocale()).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect(seen).toEqual([{ locale: "en" }]);
  });

  it("notifies subscribers of this page and of other tabs until they unsubscribe", () => {
    const listener = vi.fn();
    const unsubscribe = onLocaleChange(listener);
    setLocale("en");
    window.dispatchEvent(new StorageEvent("storage", { key: LOCALE_STORAGE_KEY, newValue: "fr" }));
    window.dispatchEvent(new StorageEvent("storage", { key: "other", newValue: "en" }));
    unsubscribe();
    setLocale("fr");
    expect(listener.mock.calls).toEqual([["en"], ["fr"]]);
  });
});
