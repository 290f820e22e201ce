/** The admin module's pages, matched from `window.location.pathname` under the module's base path (e.g. /admin). */
export type AdminRoute =
  | { name: "users" }
  | { name: "user"; id: string }
  | { name: "departments" }
  | { name: "modules" }
  | { name: "module"; moduleName: string }
  | { name: "audit" }
  | { name: "notFound"; path: string };

/** The entries of the sub-navigation; every route belongs to one (or none, for not-found). */
export const SECTIONS = ["users", "departments", "modules", "audit"] as const;
export type Section = (typeof SECTIONS)[number];

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

/**
 * The page for a pathname, or null when the pathname is outside the module (single-spa is about to unmount it).
 * The base path itself shows the users list, the module's landing page.
 */
export function matchRoute(pathname: string, basePath: string): AdminRoute | null {
  const base = trimTrailingSlash(basePath);
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return null;
  const rest = pathname.slice(base.length);
  const raw = rest.split("/").filter((segment) => segment !== "");
  const segments = raw.map(decodeSegment);
  const notFound: AdminRoute = { name: "notFound", path: pathname };
  if (segments.some((segment) => segment === null)) return notFound;
  const [first, second, ...more] = segments as string[];
  if (more.length > 0) return notFound;
  if (first === undefined) return { name: "users" };
  switch (first) {
    case "users":
      return second === undefined ? { name: "users" } : { name: "user", id: second };
    case "modules":
      return second === undefined ? { name: "modules" } : { name: "module", moduleName: second };
    case "departments":
      return second === undefined ? { name: "departments" } : notFound;
    case "audit":
      return second === undefined ? { name: "audit" } : notFound;
    default:
      return notFound;
  }
}

/** The path of a page under the base path (the inverse of matchRoute). */
export function hrefOf(route: Exclude<AdminRoute, { name: "notFound" }>, basePath: string): string {
  const base = trimTrailingSlash(basePath);
  switch (route.name) {
    case "users":
      return `${base}/users`;
    case "user":
      return `${base}/users/${encodeURIComponent(route.id)}`;
    case "departments":
      return `${base}/departments`;
    case "modules":
      return `${base}/modules`;
    case "module":
      return `${base}/modules/${encodeURIComponent(route.moduleName)}`;
    case "audit":
      return `${base}/audit`;
  }
}

/** The sub-navigation entry a page belongs to (a user page is in "users"), for aria-current. */
export function sectionOf(route: AdminRoute): Section | null {
  switch (route.name) {
    case "user":
      return "users";
    case "module":
      return "modules";
    case "notFound":
      return null;
    default:
      return route.name;
  }
}
