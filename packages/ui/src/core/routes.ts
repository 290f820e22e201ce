/**
 * A module's pages under its base path (e.g. /outgoing), as `{ name: "pattern" }` where ":name" segments are
 * parameters; the first matching pattern wins, so fixed segments come first. Shared by the React modules.
 */
export type RouteParams = Record<string, string>;
export type MatchedRoute<N extends string> = { name: N; params: RouteParams } | { name: "notFound"; params: { path: string } };

function trimTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith("/") ? path.replace(/\/+$/, "") : path;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // a malformed %-sequence typed in the address bar
  }
}

export function createRoutes<N extends string>(routes: Record<N, string>, sections: ReadonlyArray<{ name: N; covers: readonly N[] }>) {
  /** The page for a pathname, or null when the pathname is outside the module (single-spa is about to unmount it). */
  function matchRoute(pathname: string, basePath: string): MatchedRoute<N> | null {
    const base = trimTrailingSlash(basePath);
    if (pathname !== base && !pathname.startsWith(`${base}/`)) return null;
    const segments = pathname
      .slice(base.length)
      .split("/")
      .filter((segment) => segment !== "")
      .map(decodeSegment);
    const notFound: MatchedRoute<N> = { name: "notFound", params: { path: pathname } };
    if (segments.some((segment) => segment === null)) return notFound;
    for (const [name, pattern] of Object.entries(routes) as [N, string][]) {
      const parts = pattern === "" ? [] : pattern.split("/");
      if (parts.length !== segments.length) continue;
      const params: RouteParams = {};
      const matches = parts.every((part, i) => {
        if (part.startsWith(":")) {
          params[part.slice(1)] = segments[i]!;
          return true;
        }
        return part === segments[i];
      });
      if (matches) return { name, params };
    }
    return notFound;
  }

  /** The path of a page under the base path (the inverse of matchRoute); `query` is appended as a search string. */
  function hrefOf(name: N, params: RouteParams, basePath: string, query?: Record<string, string | number | undefined>): string {
    const base = trimTrailingSlash(basePath);
    const path = routes[name]
      .split("/")
      .filter(Boolean)
      .map((part) => (part.startsWith(":") ? encodeURIComponent(params[part.slice(1)] ?? "") : part))
      .join("/");
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== "") search.set(key, String(value));
    return `${base}${path ? `/${path}` : ""}${search.size ? `?${search}` : ""}`;
  }

  /** The sub-navigation entry a page belongs to, for aria-current. */
  function sectionOf(route: MatchedRoute<N>): N | null {
    if (route.name === "notFound") return null;
    return sections.find((section) => section.covers.includes(route.name as N))?.name ?? null;
  }

  return { matchRoute, hrefOf, sectionOf };
}
