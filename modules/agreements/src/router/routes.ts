/** The module's pages, matched from the pathname under the base path (e.g. /agreements). */
export type Route =
  | { name: "home" }
  | { name: "agreements" }
  | { name: "newAgreement" }
  | { name: "agreement"; id: string }
  | { name: "editAgreement"; id: string }
  | { name: "partners" }
  | { name: "newPartner" }
  | { name: "partner"; id: string }
  | { name: "editPartner"; id: string }
  | { name: "import" }
  | { name: "ewpImport" }
  | { name: "notFound"; path: string };

export type PageRoute = Exclude<Route, { name: "notFound" }>;

function trimTrailingSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The page for a pathname, or null outside the module (single-spa is about to unmount it). */
export function matchRoute(pathname: string, basePath: string): Route | null {
  const base = trimTrailingSlash(basePath);
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return null;
  const segments = pathname.slice(base.length).split("/").filter(Boolean).map(decode);
  const notFound: Route = { name: "notFound", path: pathname };
  if (segments.some((segment) => segment === null)) return notFound;
  const [first, second, third, ...more] = segments as string[];
  if (more.length > 0) return notFound;
  if (first === undefined) return { name: "home" };
  const collection = (list: Route, create: Route, one: (id: string) => Route, edit: (id: string) => Route): Route => {
    if (second === undefined) return list;
    if (second === "new" && third === undefined) return create;
    if (third === undefined) return one(second);
    return third === "edit" ? edit(second) : notFound;
  };
  switch (first) {
    case "agreements":
      return collection({ name: "agreements" }, { name: "newAgreement" }, (id) => ({ name: "agreement", id }), (id) => ({ name: "editAgreement", id }));
    case "partners":
      return collection({ name: "partners" }, { name: "newPartner" }, (id) => ({ name: "partner", id }), (id) => ({ name: "editPartner", id }));
    case "import":
      return second === undefined ? { name: "import" } : notFound;
    case "ewp-import":
      return second === undefined ? { name: "ewpImport" } : notFound;
    default:
      return notFound;
  }
}

/** The path of a page (the inverse of matchRoute). */
export function hrefOf(route: PageRoute, basePath: string): string {
  const base = trimTrailingSlash(basePath);
  const e = encodeURIComponent;
  switch (route.name) {
    case "home":
      return base;
    case "agreements":
      return `${base}/agreements`;
    case "newAgreement":
      return `${base}/agreements/new`;
    case "agreement":
      return `${base}/agreements/${e(route.id)}`;
    case "editAgreement":
      return `${base}/agreements/${e(route.id)}/edit`;
    case "partners":
      return `${base}/partners`;
    case "newPartner":
      return `${base}/partners/new`;
    case "partner":
      return `${base}/partners/${e(route.id)}`;
    case "editPartner":
      return `${base}/partners/${e(route.id)}/edit`;
    case "import":
      return `${base}/import`;
    case "ewpImport":
      return `${base}/ewp-import`;
  }
}

export const SECTIONS = ["home", "agreements", "partners", "import", "ewpImport"] as const;
export type Section = (typeof SECTIONS)[number];

/** The navigation entry a page belongs to, for aria-current. */
export function sectionOf(route: Route): Section | null {
  switch (route.name) {
    case "newAgreement":
    case "agreement":
    case "editAgreement":
      return "agreements";
    case "newPartner":
    case "partner":
    case "editPartner":
      return "partners";
    case "notFound":
      return null;
    default:
      return route.name;
  }
}
