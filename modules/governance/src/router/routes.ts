import { createRouteTable, type MatchedRoute, type RouteParams } from "@orbis/ui/react";

/**
 * The governance module's pages under its base path (e.g. /governance). A pattern's ":name" segments are parameters.
 * Each area of the module adds its pages here (one line each); fixed segments before parameterised ones.
 */
export const ROUTES = {
  home: "",
  objectives: "objectives",
  objective: "objectives/:id",
  commission: "commission",
  meeting: "commission/meetings/:id",
  network: "network",
  networkMeeting: "network/meetings/:id",
  labels: "labels",
  label: "labels/:id",
  memberships: "memberships",
  membership: "memberships/:id",
  delegations: "delegations",
  missions: "missions",
  missionNew: "missions/new",
  mission: "missions/:id",
  rankings: "rankings",
  ranking: "rankings/:id",
  programmes: "programmes",
  scholarships: "scholarships",
  equalOpportunity: "equal-opportunity",
} as const;

export type RouteName = keyof typeof ROUTES;
export type Params = RouteParams;
export type GovernanceRoute = MatchedRoute<RouteName>;

/** The sub-navigation entries (in order) and the pages each one covers (for aria-current); one line per area. */
export const SECTIONS: ReadonlyArray<{ name: RouteName; covers: readonly RouteName[] }> = [
  { name: "home", covers: ["home"] },
  { name: "objectives", covers: ["objectives", "objective"] },
  { name: "commission", covers: ["commission", "meeting"] },
  { name: "network", covers: ["network", "networkMeeting"] },
  { name: "labels", covers: ["labels", "label"] },
  { name: "memberships", covers: ["memberships", "membership"] },
  { name: "delegations", covers: ["delegations"] },
  { name: "missions", covers: ["missions", "missionNew", "mission"] },
  { name: "rankings", covers: ["rankings", "ranking"] },
  { name: "programmes", covers: ["programmes"] },
  { name: "scholarships", covers: ["scholarships"] },
  { name: "equalOpportunity", covers: ["equalOpportunity"] },
];

export const { matchRoute, hrefOf } = createRouteTable<RouteName>(ROUTES);

/** The sub-navigation entry a page belongs to, for aria-current. */
export function sectionOf(route: GovernanceRoute): RouteName | null {
  if (route.name === "notFound") return null;
  return SECTIONS.find((section) => section.covers.includes(route.name as RouteName))?.name ?? null;
}
