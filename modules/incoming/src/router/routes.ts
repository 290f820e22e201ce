import { createRouteTable } from "@orbis/ui/vue";
/**
 * The incoming module's pages under its base path (e.g. /incoming). A pattern's ":name" segments are parameters.
 * Each area of the module adds its pages here (and its components in src/pages.ts); the first matching pattern
 * wins, so fixed segments come first.
 */
export const ROUTES = {
  home: "",
  students: "students",
  nominate: "students/new",
  nominationImport: "students/import",
  student: "students/:id",
  presence: "presence",
  frenchTests: "french-tests",
  frenchTestSession: "french-tests/:id",
  housing: "housing",
  programmes: "programmes",
  programme: "programmes/:id",
  cohort: "cohorts/:id",
  courses: "courses",
  courseGrades: "courses/:id/grades",
} as const;

export type RouteName = keyof typeof ROUTES;
export type Params = Record<string, string>;
export type IncomingRoute = { name: RouteName; params: Params } | { name: "notFound"; params: { path: string } };
export type Query = Record<string, string | number | undefined>;

/** The sub-navigation entries (in order) and the pages each one covers (for aria-current). */
export const SECTIONS: ReadonlyArray<{ name: RouteName; covers: readonly RouteName[] }> = [
  { name: "home", covers: ["home"] },
  { name: "students", covers: ["students", "student"] },
  { name: "nominate", covers: ["nominate", "nominationImport"] },
  { name: "presence", covers: ["presence"] },
  { name: "frenchTests", covers: ["frenchTests", "frenchTestSession"] },
  { name: "housing", covers: ["housing"] },
  { name: "programmes", covers: ["programmes", "programme", "cohort"] },
  { name: "courses", covers: ["courses", "courseGrades"] },
];

const table = createRouteTable<RouteName>(ROUTES);

/** The page for a pathname, or null when the pathname is outside the module (single-spa is about to unmount it). */
export const matchRoute: (pathname: string, basePath: string) => IncomingRoute | null = table.matchRoute;

/** The path of a page under the base path (the inverse of matchRoute); `query` is appended as a search string. */
export const hrefOf: (name: RouteName, params: Params, basePath: string, query?: Query) => string = table.hrefOf;

/** The sub-navigation entry a page belongs to, for aria-current. */
export function sectionOf(route: IncomingRoute): RouteName | null {
  if (route.name === "notFound") return null;
  return SECTIONS.find((section) => section.covers.includes(route.name as RouteName))?.name ?? null;
}
