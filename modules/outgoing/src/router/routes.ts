import { createRoutes, type MatchedRoute, type RouteParams } from "@orbis/ui/react";

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
export type Params = RouteParams;
export type OutgoingRoute = MatchedRoute<RouteName>;

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

export const { matchRoute, hrefOf, sectionOf } = createRoutes<RouteName>(ROUTES, SECTIONS);
