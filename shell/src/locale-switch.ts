import { LOCALES, setLocale, type Locale } from "@orbis/ui/i18n";
import { h } from "./dom";
import { localized } from "./localized";
import { shellText } from "./messages";

const SHORT: Record<Locale, string> = { fr: "FR", en: "EN" };
const NAME_KEY = { fr: "french", en: "english" } as const;

/** FR / EN toggle buttons (aria-pressed); each names its language in that language. */
export function localeSwitch(): HTMLElement {
  const buttons = LOCALES.map((locale) =>
    h(
      "button",
      { type: "button", class: "shell-locale__option", lang: locale, "data-locale": locale, onclick: () => setLocale(locale) },
      h("span", { "aria-hidden": "true" }, SHORT[locale]),
      h("span", { class: "o-visually-hidden" }, shellText.t(locale, NAME_KEY[locale])),
    ),
  );
  return localized(h("div", { class: "shell-locale", role: "group" }, ...buttons), (group, current) => {
    group.setAttribute("aria-label", shellText.t(current, "languageGroup"));
    LOCALES.forEach((locale, index) => buttons[index]!.setAttribute("aria-pressed", String(locale === current)));
  });
}
