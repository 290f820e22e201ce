import type { NavModule } from "@orbis/contracts/registry";
import type { Locale } from "@orbis/ui/i18n";
import { h } from "./dom";
import { SHELL_LINK_ATTRIBUTE } from "./layout";
import { shellText } from "./messages";

/** `/`: a greeting and the modules the caller can open. */
export function homePage(locale: Locale, name: string, modules: readonly NavModule[]): HTMLElement {
  const t = shellText.bind(locale);
  return h(
    "div",
    { class: "shell-home" },
    h("div", { class: "o-page-header" }, h("div", {}, h("h1", { class: "o-page-header__title", tabindex: "-1" }, t("homeTitle", { name })), h("p", { class: "o-page-header__description" }, t("homeIntro")))),
    modules.length
      ? h(
          "ul",
          { class: "shell-home__modules" },
          ...modules.map((module) =>
            h(
              "li",
              { class: "o-card shell-home__module" },
              h("a", { href: module.route, class: "shell-home__link", [SHELL_LINK_ATTRIBUTE]: "", "data-module": module.name }, module.label[locale]),
            ),
          ),
        )
      : h("p", { class: "o-empty__message" }, t("homeEmpty")),
  );
}

/** Any path no module claims (or one the caller's roles do not open). */
export function notFoundPage(locale: Locale, pathname: string): HTMLElement {
  const t = shellText.bind(locale);
  return h(
    "div",
    { class: "shell-not-found" },
    h("h1", { class: "o-page-header__title", tabindex: "-1" }, t("notFoundTitle")),
    h("p", {}, t("notFoundMessage", { path: pathname })),
    h("p", {}, h("a", { href: "/", class: "o-link", [SHELL_LINK_ATTRIBUTE]: "" }, t("backHome"))),
  );
}

/** The registry did not give the navigation: the shell cannot register any module. */
export function navFailedPage(locale: Locale, detail: string): HTMLElement {
  const t = shellText.bind(locale);
  return h(
    "div",
    { class: "o-panel o-panel--error", role: "alert" },
    h("h1", { class: "o-panel__title", tabindex: "-1" }, t("navFailedTitle")),
    h("p", { class: "o-panel__message" }, t("navFailedMessage", { detail })),
    h("button", { type: "button", class: "o-btn o-btn--primary", onclick: () => window.location.reload() }, t("reload")),
  );
}
