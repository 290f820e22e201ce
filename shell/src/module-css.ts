/** How long a module's mount waits for its stylesheets before rendering anyway (a slow CSS must not block it). */
const STYLESHEET_WAIT_MS = 5_000;

/**
 * Adds a module's stylesheets as `<link data-orbis-module="<name>">` in <head> and resolves once they are loaded
 * (or failed, or took too long), so the module does not render unstyled.
 */
export function addModuleCss(moduleName: string, urls: readonly string[], doc: Document = document): Promise<void> {
  const pending = urls.map((href) => {
    const link = doc.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.dataset.orbisModule = moduleName;
    const settled = new Promise<void>((resolve) => {
      const done = () => resolve();
      link.addEventListener("load", done, { once: true });
      link.addEventListener("error", () => {
        console.warn(`Orbis: stylesheet ${href} of module ${moduleName} failed to load`);
        done();
      }, { once: true });
      setTimeout(done, STYLESHEET_WAIT_MS);
    });
    doc.head.append(link);
    return settled;
  });
  return Promise.all(pending).then(() => undefined);
}

/** Removes every stylesheet the module added, so its CSS cannot leak onto the next page. */
export function removeModuleCss(moduleName: string, doc: Document = document): void {
  for (const link of doc.head.querySelectorAll<HTMLLinkElement>("link[data-orbis-module]")) {
    if (link.dataset.orbisModule === moduleName) link.remove();
  }
}
