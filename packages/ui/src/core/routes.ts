import { createRouteTable, type MatchedRoute } from "./route-table";

/**
 * A module's route table (see createRouteTable) with its sub-navigation sections: `sectionOf` names the section a
 * page belongs to, for aria-current. Shared by the React modules.
 */
export function createRoutes<N extends string>(routes: Readonly<Record<N, string>>, sections: ReadonlyArray<{ name: N; covers: readonly N[] }>) {
  const { matchRoute, hrefOf } = createRouteTable<N>(routes);

  /** The sub-navigation entry a page belongs to, for aria-current. */
  function sectionOf(route: MatchedRoute<N>): N | null {
    if (route.name === "notFound") return null;
    return sections.find((section) => section.covers.includes(route.name as N))?.name ?? null;
  }

  return { matchRoute, hrefOf, sectionOf };
}
