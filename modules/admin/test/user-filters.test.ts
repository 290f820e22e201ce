import { describe, expect, it } from "vitest";
import { noUserFilters, parseUserFilters, userFiltersToSearch, userListQuery } from "../src/users/user-filters";

describe("user list filters in the URL", () => {
  it("round-trips through the query string", () => {
    const filters = { q: "dupont", role: "coordinator" as const, active: "false" as const, page: 3 };
    expect(parseUserFilters(userFiltersToSearch(filters))).toEqual(filters);
  });

  it("leaves defaults out of the URL", () => {
    expect(userFiltersToSearch(noUserFilters)).toBe("");
    expect(userFiltersToSearch({ ...noUserFilters, q: "  " })).toBe("");
    expect(userFiltersToSearch({ ...noUserFilters, q: " marie curie " })).toBe("?q=marie+curie");
  });

  it("ignores unknown roles, statuses and bad page numbers", () => {
    expect(parseUserFilters("?role=wizard&active=maybe&page=-2")).toEqual(noUserFilters);
    expect(parseUserFilters("?page=2.5")).toEqual(noUserFilters);
    expect(parseUserFilters("")).toEqual(noUserFilters);
  });

  it("maps to the identity query with limit and offset", () => {
    expect(userListQuery({ q: " x ", role: "admin", active: "true", page: 3 }, 20)).toEqual({
      q: "x",
      role: "admin",
      active: "true",
      limit: 20,
      offset: 40,
    });
    expect(userListQuery(noUserFilters, 20)).toEqual({ q: undefined, role: undefined, active: undefined, limit: 20, offset: 0 });
  });
});
