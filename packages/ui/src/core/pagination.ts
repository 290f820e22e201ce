export type PaginationItem = number | "ellipsis";

/**
 * Page numbers to show for `page` of `pageCount` (1-based): always the first and last, `siblings` on each side of the
 * current page, and "ellipsis" for the gaps.
 */
export function paginationItems(page: number, pageCount: number, siblings = 1): PaginationItem[] {
  if (pageCount <= 0) return [];
  const current = Math.min(Math.max(1, page), pageCount);
  const pages = new Set<number>([1, pageCount]);
  for (let p = current - siblings; p <= current + siblings; p++) {
    if (p >= 1 && p <= pageCount) pages.add(p);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  sorted.forEach((p, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && p - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && p - previous > 2) items.push("ellipsis");
    items.push(p);
  });
  return items;
}

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}
