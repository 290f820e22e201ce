import { createRouteTable } from "@orbis/ui/react";
/**
 * The outgoing module's pages under its base path (e.g. /outgoing). A pattern's ":name" segments are parameters.
 * Each area of the module adds its pages here; the first matching pattern wins, so fixed segments come first.
 */
export const ROUTES = {
  home: "",
  mobilities: "mobilities",
  mobilityRecognition: "mobilities/:id/recognition",
  mobilityFunding: "mobilities/:id/funding",
  mobility: "mobilities/:id",
  lateSteps: "steps/late",
  coordinator: "coordinator",
  gradeTables: "grade-tables",
  aids: "aids",
  calls: "calls",
  callNew: "calls/new",
  call: "calls/:id",
  applications: "calls/:id/applications",
  applicationNew: "calls/:id/applications/new",
  application: "calls/:id/applications/:applicationId",
  applicationImport: "calls/:id/import",
  ranking: "calls/:id/rankings/:department",
  allocation: "calls/:id/allocation",
  nominations: "calls/:id/nominations",
} as const;

export type RouteName = keyof typeof ROUTES;
export type Params = Record<string, string>;
export type OutgoingRoute = { name: RouteName; params: Params } | { name: "notFound"; params: { path: string } };

/** The sub-navigation entries (in order) and the pages each one covers (for aria-current). */
export const SECTIONS: ReadonlyArray<{ name: RouteName; covers: readonly RouteName[] }> = [
  { name: "home", covers: ["home"] },
  { name: "calls", covers: ["calls", "callNew", "call", "applications", "applicationNew", "application", "applicationImport", "ranking", "allocation", "nominations"] },
  { name: "mobilities", covers: ["mobilities", "mobility", "mobilityRecognition", "mobilityFunding"] },
  { name: "lateSteps", covers: ["lateSteps"] },
  { name: "coordinator", covers: ["coordinator"] },
  { name: "aids", covers: ["aids"] },
  { name: "gradeTables", covers: ["gradeTables"] },
];

const table = createRouteTable<RouteName>(ROUTES);

/** The page for a pathname, or null when the pathname is outside the module (single-spa is about to unmount it). */
export const matchRoute: (pathname: string, basePath: string) => OutgoingRoute | null = table.matchRoute;

/** The path of a page under the base path (the inverse of matchRoute); `query` is appended as a search string. */
export const hrefOf: (name: RouteName, params: Params, basePath: string, query?: Record<string, string | number | undefined>) => string = table.hrefOf;

/** The sub-navigation entry a page belongs to, for aria-current. */
export function sectionOf(route: OutgoingRoute): RouteName | null {
  if (route.name === "notFound") return null;
  return SECTIONS.find((section) => section.covers.includes(route.name as RouteName))?.name ?? null;
}
