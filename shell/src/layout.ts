import type { NavModule } from "@orbis/contracts/registry";
import type { Locale } from "@orbis/ui/i18n";
import type { Me } from "./api";
import { h } from "./dom";
import { focusElement, visibleHeadingIn } from "./focus";
import { localeSwitch } from "./locale-switch";
import { localized } from "./localized";
import { shellText } from "./messages";
import { routeMatches } from "./routes";

/** Links the shell renders itself; a click is turned into a single-spa navigation (no page reload). */
export const SHELL_LINK_ATTRIBUTE = "data-shell-link";

type RoleKey = Extract<Parameters<typeof shellText.t>[1], `role_${string}`>;
const roleKey = (role: string) => `role_${role}` as RoleKey;

export function rolesText(locale: Locale, roles: readonly string[]): string {
  return roles.map((role) => (`role_${role}` in shellText.messages.fr ? shellText.t(locale, roleKey(role)) : role)).join(", ");
}

export const displayName = (me: Me) => me.name ?? me.user?.name ?? me.email ?? me.sub;

function topBar(me: Me, onSignOut: () => void): HTMLElement {
  const name = h("span", { class: "shell-user__name" });
  const roles = h("span", { class: "shell-user__roles" });
  const signOut = h("button", { type: "button", class: "o-btn o-btn--sm o-btn--secondary shell-logout", onclick: onSignOut });
  const brand = h("a", { href: "/", class: "shell-brand", [SHELL_LINK_ATTRIBUTE]: "" }, "Orbis");
  return localized(
    h("header", { class: "shell-topbar o-on-primary" }, brand, h("p", { class: "shell-user" }, name, roles), localeSwitch(), signOut),
    (_header, locale) => {
      name.textContent = displayName(me);
      name.title = shellText.t(locale, "signedInAs", { name: displayName(me) });
      roles.textContent = me.roles.length ? shellText.t(locale, "rolesLabel", { roles: rolesText(locale, me.roles) }) : "";
      signOut.textContent = shellText.t(locale, "signOut");
    },
  );
}

function navigation(modules: readonly NavModule[]) {
  const home = h("a", { href: "/", class: "shell-nav__link", [SHELL_LINK_ATTRIBUTE]: "" });
  const links = modules.map((module) => ({
    module,
    link: h("a", { href: module.route, class: "shell-nav__link", [SHELL_LINK_ATTRIBUTE]: "", "data-module": module.name }),
  }));
  const list = h("ul", { class: "shell-nav__list" }, h("li", {}, home), ...links.map(({ link }) => h("li", {}, link)));
  const nav = localized(h("nav", { class: "shell-nav" }, list), (element, locale) => {
    element.setAttribute("aria-label", shellText.t(locale, "mainNavigation"));
    home.textContent = shellText.t(locale, "home");
    for (const { module, link } of links) link.textContent = module.label[locale];
  });
  return {
    element: nav,
    /** Marks the link of the current page with aria-current="page". */
    setCurrent(pathname: string) {
      const current = pathname === "/" ? home : links.find(({ module }) => routeMatches(module.route, pathname))?.link;
      for (const link of [home, ...links.map((entry) => entry.link)]) {
        if (link === current) link.setAttribute("aria-current", "page");
        else link.removeAttribute("aria-current");
      }
    },
  };
}

/**
 * The signed-in frame: skip link, top bar (name, roles, FR/EN, sign out), navigation and the main region, which
 * holds the shell's own page (home, 404) and one place per module.
 */
export function layout(me: Me, modules: readonly NavModule[], onSignOut: () => void) {
  const main = h("main", { id: "main", class: "shell-main", tabindex: "-1" });
  const page = h("div", { class: "shell-page" });
  main.append(page);
  const skip = localized(
    h("a", {
      href: "#main",
      class: "shell-skip-link",
      onclick: (event: Event) => {
        event.preventDefault();
        focusElement(visibleHeadingIn(main) ?? main);
      },
    }),
    (link, locale) => {
      link.textContent = shellText.t(locale, "skipToContent");
    },
  );
  const nav = navigation(modules);
  const element = h("div", { class: "shell-frame" }, skip, topBar(me, onSignOut), h("div", { class: "shell-body" }, nav.element, main));
  return { element, main, page, setCurrent: nav.setCurrent };
}
