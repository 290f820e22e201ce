import { createRoutes, type MatchedRoute, type RouteParams } from "@orbis/ui/react";

/**
 * The Erasmus+ module's pages under its base path (e.g. /erasmus). A pattern's ":name" segments are parameters.
 * Each area adds its pages here (one line per area); the first matching pattern wins, so fixed segments come first.
 */
export const ROUTES = {
  home: "",
  ...{ projects: "projects", projectNew: "projects/new", project: "projects/:id", grant: "grants/:id" },
  ...{ newStaffMobility: "staff-mobilities/new", staffMobility: "staff-mobilities/:id", staffMobilities: "staff-mobilities" },
  ...{ cooperation: "cooperation", cooperationProject: "cooperation/:id" },
  ...{ events: "events", event: "events/:id", interviews: "interviews" },
} as const;

export type RouteName = keyof typeof ROUTES;
export type Params = RouteParams;
export type ErasmusRoute = MatchedRoute<RouteName>;

/** The sub-navigation entries (in order) and the pages each one covers (for aria-current); one line per area. */
export const SECTIONS: ReadonlyArray<{ name: RouteName; covers: readonly RouteName[] }> = [
  { name: "home", covers: ["home"] },
  { name: "projects", covers: ["projects", "projectNew", "project", "grant"] },
  { name: "staffMobilities", covers: ["staffMobilities", "newStaffMobility", "staffMobility"] },
  { name: "cooperation", covers: ["cooperation", "cooperationProject"] },
  { name: "events", covers: ["events", "event"] },
  { name: "interviews", covers: ["interviews"] },
];

export const { matchRoute, hrefOf, sectionOf } = createRoutes<RouteName>(ROUTES, SECTIONS);
