/**
 * A module's pages under its base path, as a table of patterns (":name" segments are parameters; the first
 * matching pattern wins, so fixed segments come first), with the two directions: pathname -> page, page -> href.
 */
export type RouteParams = Record<string, string>;
export type MatchedRoute<Name extends string> = { name: Name; params: RouteParams } | { name: "notFound"; params: { path: string } };

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

export function createRouteTable<Name extends string>(routes: Readonly<Record<Name, string>>) {
  /** The page for a pathname, or null when the pathname is outside the module (single-spa is about to unmount it). */
  function matchRoute(pathname: string, basePath: string): MatchedRoute<Name> | null {
    const base = trimTrailingSlash(basePath);
    if (pathname !== base && !pathname.startsWith(`${base}/`)) return null;
    const segments = pathname
      .slice(base.length)
      .split("/")
      .filter((segment) => segment !== "")
      .map(decodeSegment);
    const notFound: MatchedRoute<Name> = { name: "notFound", params: { path: pathname } };
    if (segments.some((segment) => segment === null)) return notFound;
    for (const [name, pattern] of Object.entries(routes) as [Name, string][]) {
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
  function hrefOf(name: Name, params: RouteParams, basePath: string, query?: Record<string, string | number | undefined>): string {
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

  return { matchRoute, hrefOf };
}
