import type { NavModule } from "@orbis/contracts/registry";

/** `/admin` claims `/admin` and `/admin/...`, not `/administration`. */
export function routeMatches(route: string, pathname: string): boolean {
  const prefix = route.replace(/\/+$/, "");
  if (prefix === "") return true;
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export type ShellPage = { kind: "home" } | { kind: "module"; module: NavModule } | { kind: "not-found" };

/** What the main region shows for a path: the home page, the module claiming it, or the 404 page. */
export function pageFor(pathname: string, modules: readonly NavModule[]): ShellPage {
  if (pathname === "/" || pathname === "") return { kind: "home" };
  // The longest route wins, so /erasmus/reports could be a module of its own beside /erasmus.
  const module = [...modules]
    .filter((candidate) => routeMatches(candidate.route, pathname))
    .sort((a, b) => b.route.length - a.route.length)[0];
  return module ? { kind: "module", module } : { kind: "not-found" };
}
