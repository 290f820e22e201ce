export type SortDirection = "ascending" | "descending";
export interface SortState {
  key: string;
  direction: SortDirection;
}

/** Clicking a column header: a new column sorts ascending, the sorted one flips. */
export function nextSort(current: SortState | null | undefined, key: string): SortState {
  if (current?.key !== key) return { key, direction: "ascending" };
  return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
}

/** The aria-sort value of a sortable column header. */
export function ariaSortOf(current: SortState | null | undefined, key: string): SortDirection | "none" {
  return current?.key === key ? current.direction : "none";
}
