import type { NavModule } from "@orbis/contracts/registry";
import { getLocale, onLocaleChange, setLocale, type Locale } from "@orbis/ui/i18n";
import { navigateToUrl, registerApplication, start, unloadApplication } from "single-spa";
import { fetchNav, logout, refreshSession, type Me } from "./api";
import { focusMainHeading } from "./focus";
import { displayName, layout, SHELL_LINK_ATTRIBUTE } from "./layout";
import { shellText } from "./messages";
import { moduleApplication } from "./module-application";
import { addModuleCss, removeModuleCss } from "./module-css";
import { createModuleHost, errorDetail, type ModuleHost } from "./module-host";
import { activeOverrides, overridesBanner } from "./overrides-banner";
import { homePage, navFailedPage, notFoundPage } from "./pages";
import { pageImportMapSpecifiers } from "./page-import-map";
import { pageFor, type ShellPage } from "./routes";
import { keepSessionAlive } from "./session";

/** Imports a module's entry through the import map; a retry asks for a fresh copy of the URL it maps to. */
function importModule(specifier: string, attempt: number): Promise<unknown> {
  if (attempt === 1) return import(/* @vite-ignore */ specifier);
  const url = import.meta.resolve(specifier);
  return import(/* @vite-ignore */ `${url}${url.includes("?") ? "&" : "?"}orbis-retry=${attempt}-${Date.now()}`);
}

const pageKey = (page: ShellPage) => (page.kind === "module" ? `module:${page.module.name}` : page.kind);

/** Plain left clicks on the shell's own links navigate through single-spa; new-tab clicks keep the browser's way. */
function routeShellLinks(container: HTMLElement) {
  container.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.(`a[${SHELL_LINK_ATTRIBUTE}]`);
    if (!(link instanceof HTMLAnchorElement)) return;
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigateToUrl(link.href);
  });
}

async function signOut() {
  try {
    await logout();
  } finally {
    window.location.assign("/");
  }
}

/**
 * The shell once someone is signed in: layout and navigation from the registry, one single-spa application per
 * module (active on its route), the home and 404 pages, focus and title on page changes, and the session kept alive.
 */
export async function startSignedInShell(root: HTMLElement, me: Me, options: { justSignedIn?: boolean } = {}): Promise<void> {
  keepSessionAlive({ refresh: refreshSession, onExpired: () => window.location.reload() });

  let modules: NavModule[] = [];
  let navError: unknown;
  try {
    const mapped = pageImportMapSpecifiers();
    modules = (await fetchNav()).filter((module) => mapped.has(module.specifier));
  } catch (error) {
    navError = error;
  }

  const frame = layout(me, modules, () => void signOut());
  const banner = overridesBanner(activeOverrides());
  root.replaceChildren(...(banner ? [banner] : []), frame.element);
  routeShellLinks(frame.element);
  if (navError !== undefined) {
    const render = (locale: Locale) => frame.page.replaceChildren(navFailedPage(locale, errorDetail(navError)));
    render(getLocale());
    onLocaleChange(render);
    return;
  }

  const hosts = new Map<string, ModuleHost>();
  for (const module of modules) {
    const host = createModuleHost(module.name, module.label);
    hosts.set(module.name, host);
    frame.main.append(host.section);
    registerApplication({
      name: module.specifier,
      app: moduleApplication(module, {
        host,
        importModule,
        moduleProps: () => ({
          domElement: host.mountPoint,
          basePath: module.route,
          locale: getLocale(),
          user: me,
          onLocaleChange: (locale: Locale) => setLocale(locale),
        }),
        addCss: (urls) => addModuleCss(module.name, urls),
        removeCss: () => removeModuleCss(module.name),
        retry: () => void unloadApplication(module.specifier),
        onRecovered: () => focusMainHeading(host.section, frame.main),
      }),
      activeWhen: (location) => {
        const page = pageFor(location.pathname, modules);
        return page.kind === "module" && page.module.name === module.name;
      },
    });
  }

  let shownKey: string | undefined;
  let stopFocus = () => {};
  const renderPage = (locale: Locale) => {
    const pathname = window.location.pathname;
    const page = pageFor(pathname, modules);
    frame.setCurrent(pathname);
    for (const [name, host] of hosts) host.section.hidden = !(page.kind === "module" && page.module.name === name);
    frame.page.hidden = page.kind === "module";
    if (page.kind === "home") frame.page.replaceChildren(homePage(locale, displayName(me), modules));
    else if (page.kind === "not-found") frame.page.replaceChildren(notFoundPage(locale, pathname));
    else frame.page.replaceChildren();
    const title = page.kind === "module" ? page.module.label[locale] : shellText.t(locale, page.kind === "home" ? "home" : "notFoundTitle");
    document.title = `${title} — Orbis`;
    return page;
  };

  // Before apps change: show the right place at once (the module's loading panel, home, 404).
  window.addEventListener("single-spa:before-routing-event", () => void renderPage(getLocale()));
  // After they changed: a new page gets the focus on its heading (not on a plain first load, nor within one module).
  let focusNext = options.justSignedIn === true;
  window.addEventListener("single-spa:routing-event", () => {
    const page = pageFor(window.location.pathname, modules);
    const key = pageKey(page);
    if (focusNext || (shownKey !== undefined && key !== shownKey)) {
      focusNext = false;
      stopFocus();
      const region = page.kind === "module" ? hosts.get(page.module.name)!.section : frame.page;
      stopFocus = focusMainHeading(region, frame.main);
    }
    shownKey = key;
  });
  onLocaleChange((locale) => void renderPage(locale));

  renderPage(getLocale());
  start({ urlRerouteOnly: true });
}
