import { describe, expect, it } from "vitest";
import { pageCountOf, paginationItems } from "../src/core/pagination";
import { ariaSortOf, nextSort } from "../src/core/sort";
import { tabIndexForKey } from "../src/core/keyboard";

describe("paginationItems", () => {
  it("lists every page when there are few", () => {
    expect(paginationItems(1, 1)).toEqual([1]);
    expect(paginationItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("elides gaps but never hides a single page behind an ellipsis", () => {
    expect(paginationItems(1, 10)).toEqual([1, 2, "ellipsis", 10]);
    expect(paginationItems(5, 10)).toEqual([1, "ellipsis", 4, 5, 6, "ellipsis", 10]);
    expect(paginationItems(3, 10)).toEqual([1, 2, 3, 4, "ellipsis", 10]);
    expect(paginationItems(10, 10)).toEqual([1, "ellipsis", 9, 10]);
  });

  it("clamps out-of-range pages and handles no pages", () => {
    expect(paginationItems(99, 3)).toEqual([1, 2, 3]);
    expect(paginationItems(1, 0)).toEqual([]);
    expect(pageCountOf(0, 20)).toBe(1);
    expect(pageCountOf(41, 20)).toBe(3);
  });
});

describe("sorting and tab keys", () => {
  it("sorts a new column ascending and flips the current one", () => {
    expect(nextSort(null, "name")).toEqual({ key: "name", direction: "ascending" });
    expect(nextSort({ key: "name", direction: "ascending" }, "name")).toEqual({ key: "name", direction: "descending" });
    expect(nextSort({ key: "name", direction: "descending" }, "date")).toEqual({ key: "date", direction: "ascending" });
    expect(ariaSortOf({ key: "name", direction: "descending" }, "name")).toBe("descending");
    expect(ariaSortOf({ key: "name", direction: "descending" }, "date")).toBe("none");
  });

  it("moves through tabs with wrapping arrows, Home and End", () => {
    expect(tabIndexForKey("ArrowRight", 2, 3)).toBe(0);
    expect(tabIndexForKey("ArrowLeft", 0, 3)).toBe(2);
    expect(tabIndexForKey("Home", 2, 3)).toBe(0);
    expect(tabIndexForKey("End", 0, 3)).toBe(2);
    expect(tabIndexForKey("a", 0, 3)).toBeNull();
  });
});
