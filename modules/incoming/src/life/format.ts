import { formatMoney, formatNumber, type Locale } from "@orbis/ui/i18n";

export const money = (locale: Locale, cents: number) => formatMoney(locale, cents / 100);

/** "67 %" / "67%"; null reads as the given placeholder. */
export const percent = (locale: Locale, rate: number | null, none: string) => (rate === null ? none : formatNumber(locale, rate, { style: "percent", maximumFractionDigits: 0 }));

export const fullName = (s: { firstName: string; lastName: string }) => `${s.lastName.toUpperCase()} ${s.firstName}`;

/** "1200,50" or "1200.50" euros -> 120050 cents; NaN when it is not an amount. */
export function centsOf(euros: string): number {
  const text = euros.trim().replace(",", ".");
  return /^\d+(\.\d{1,2})?$/.test(text) ? Math.round(Number(text) * 100) : Number.NaN;
}

/** 45050 cents -> "450.50" for an amount field (centsOf reads it back). */
export const eurosOf = (cents: number) => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2));
