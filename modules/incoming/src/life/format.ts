import { formatMoney, formatNumber, type Locale } from "@orbis/ui/i18n";

export const money = (locale: Locale, cents: number) => formatMoney(locale, cents / 100);

/** "67 %" / "67%"; null reads as the given placeholder. */
export const percent = (locale: Locale, rate: number | null, none: string) => (rate === null ? none : formatNumber(locale, rate, { style: "percent", maximumFractionDigits: 0 }));

export const fullName = (s: { firstName: string; lastName: string }) => `${s.lastName.toUpperCase()} ${s.firstName}`;
