/** Framework-neutral helpers and types re-exported by both the React and the Vue entry points. */
export { classNames, type ClassValue } from "./class-names";
export { paginationItems, pageCountOf, type PaginationItem } from "./pagination";
export { createRouteTable, type MatchedRoute, type RouteParams } from "./route-table";
export { ariaSortOf, nextSort, type SortDirection, type SortState } from "./sort";
export type { BadgeTone, ButtonSize, ButtonVariant, ColumnAlign, SelectOption, TabItem, Tone } from "./types";
export { createRoutes } from "./routes";
export { formatEuros, centsOf } from "./money";
