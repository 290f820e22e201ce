import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "../i18n";
import { uiMessages } from "../core/messages";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

/** Gives the components below it their locale (the module lifecycles wrap every app in one). */
export function LocaleProvider({ locale, children }: { locale: Locale; children?: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The components' built-in texts in the current locale. */
export function useUiText() {
  return uiMessages.bind(useLocale());
}
