import type { LocalizedText } from "@orbis/contracts/common";
import { getLocale, onLocaleChange, type Locale } from "@orbis/ui/i18n";
import { h } from "./dom";
import { shellText } from "./messages";

export type FailurePhase = "load" | "start";

export interface ModuleFailure {
  phase: FailurePhase;
  error: unknown;
}

/** The message of anything thrown (single-spa and browsers throw Errors, modules may throw anything). */
export function errorDetail(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * One module's place in <main>: a status area (loading or error panel, owned by the shell) and the mount point handed
 * to the module as `domElement`. Only the section of the active module is shown.
 */
export function createModuleHost(name: string, label: LocalizedText) {
  const status = h("div", { class: "shell-module-status" });
  const mountPoint = h("div", { class: "shell-module-mount" });
  const section = h("div", { class: "shell-module", "data-orbis-app": name, hidden: true }, status, mountPoint);
  let render: ((locale: Locale) => void) | undefined;

  const show = (renderPanel: (locale: Locale) => HTMLElement) => {
    render = (locale) => status.replaceChildren(renderPanel(locale));
    render(getLocale());
  };
  // Hosts live as long as the page (one per module), so this listener is never removed.
  onLocaleChange((locale) => render?.(locale));

  return {
    name,
    section,
    mountPoint,
    showLoading() {
      show((locale) =>
        h(
          "div",
          { class: "o-loading", role: "status" },
          h("span", { class: "o-spinner o-spinner--lg", "aria-hidden": "true" }, h("span", { class: "o-spinner__circle" })),
          h("span", {}, shellText.t(locale, "moduleLoading", { module: label[locale] })),
        ),
      );
    },
    showError(failure: ModuleFailure, onRetry: () => void) {
      show((locale) => {
        const t = shellText.bind(locale);
        return h(
          "div",
          { class: "o-panel o-panel--error shell-module-error", role: "alert" },
          h("h1", { class: "o-panel__title", tabindex: "-1" }, t("moduleFailedTitle", { module: label[locale] })),
          h("p", { class: "o-panel__message" }, t(failure.phase === "load" ? "moduleFailedLoad" : "moduleFailedStart")),
          h("p", { class: "shell-module-error__label" }, t("moduleErrorDetail")),
          h("pre", { class: "shell-module-error__detail" }, errorDetail(failure.error)),
          h("button", { type: "button", class: "o-btn o-btn--primary", onclick: onRetry }, t("retry")),
        );
      });
    },
    clearStatus() {
      render = undefined;
      status.replaceChildren();
    },
  };
}
export type ModuleHost = ReturnType<typeof createModuleHost>;
