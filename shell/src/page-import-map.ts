/**
 * Specifiers the page's import map can resolve. The navigation comes from the registry at boot, the import map was
 * inlined when the page was served: a module published in between is not in this page's map yet, so it is left out
 * of the navigation until the next page load instead of failing with "Failed to resolve module specifier".
 */
export function pageImportMapSpecifiers(doc: Document = document): Set<string> {
  const specifiers = new Set<string>();
  for (const script of doc.querySelectorAll<HTMLScriptElement>('script[type="importmap"]')) {
    try {
      const map = JSON.parse(script.textContent ?? "{}") as { imports?: Record<string, string> };
      for (const specifier of Object.keys(map.imports ?? {})) specifiers.add(specifier);
    } catch {
      // a malformed map resolves nothing; the modules it would have named are simply not offered
    }
  }
  return specifiers;
}
