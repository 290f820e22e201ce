import { h } from "./dom";
import { localized } from "./localized";
import { shellText } from "./messages";

/** Must match the server's loader (shell/server/index-page.ts): the import-map-overrides key format. */
export const OVERRIDE_KEY_PREFIX = "import-map-override:";

/** The overrides the server's loader applied to this page's import map, as [specifier, url] pairs. */
export function activeOverrides(doc: Document = document): [string, string][] {
  const script = doc.querySelector<HTMLScriptElement>('script[type="importmap"][data-overrides]');
  if (!script) return [];
  try {
    const parsed = JSON.parse(script.dataset.overrides ?? "[]") as unknown;
    return Array.isArray(parsed) ? parsed.filter((pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2) : [];
  } catch {
    return [];
  }
}

/** A developer-only notice listing the active overrides, with a button that removes them and reloads. */
export function overridesBanner(overrides: [string, string][]): HTMLElement | null {
  if (!overrides.length) return null;
  const title = h("strong", {});
  const clear = h("button", {
    type: "button",
    class: "o-btn o-btn--sm o-btn--secondary",
    onclick: () => {
      for (const [specifier] of overrides) localStorage.removeItem(`${OVERRIDE_KEY_PREFIX}${specifier}`);
      window.location.reload();
    },
  });
  const list = h("ul", {}, ...overrides.map(([specifier, url]) => h("li", {}, h("code", {}, specifier), " → ", h("code", {}, url))));
  return localized(h("div", { class: "o-alert o-alert--warning shell-overrides", role: "note" }, h("div", { class: "o-alert__body" }, title, list, clear)), (_el, locale) => {
    title.textContent = shellText.t(locale, "overridesActive");
    clear.textContent = shellText.t(locale, "overridesClear");
  });
}
