import { describe, expect, it } from "vitest";
import { hrefOf, matchRoute, sectionOf } from "../src/router/routes";
import { academicYearOf, filtersFromSearch, listQueryOf, searchOf } from "../src/students/list-filters";

describe("routes", () => {
  it("matches every page and builds its address back", () => {
    expect(matchRoute("/incoming", "/incoming")).toEqual({ name: "home", params: {} });
    expect(matchRoute("/incoming/students/", "/incoming")).toEqual({ name: "students", params: {} });
    expect(matchRoute("/incoming/students/a%20b", "/incoming")).toEqual({ name: "student", params: { id: "a b" } });
    expect(matchRoute("/incoming/students/x/y", "/incoming")?.name).toBe("notFound");
    expect(matchRoute("/incoming/%E0", "/incoming")?.name).toBe("notFound");
    expect(matchRoute("/incomingx", "/incoming")).toBeNull();
    expect(hrefOf("student", { id: "a b" }, "/incoming/")).toBe("/incoming/students/a%20b");
    expect(hrefOf("students", {}, "/incoming", { status: "arrived", q: "", page: undefined })).toBe("/incoming/students?status=arrived");
    expect(sectionOf({ name: "student", params: { id: "1" } })).toBe("students");
    expect(matchRoute("/incoming/students/new", "/incoming")).toEqual({ name: "nominate", params: {} });
    expect(matchRoute("/incoming/students/import", "/incoming")).toEqual({ name: "nominationImport", params: {} });
    expect(matchRoute("/incoming/presence", "/incoming")).toEqual({ name: "presence", params: {} });
    expect(sectionOf({ name: "nominationImport", params: {} })).toBe("nominate");
  });
});

describe("list filters", () => {
  it("reads the address, drops unknown values and gives the service's query", () => {
    const filters = filtersFromSearch("?q=%20lena%20&year=2026&status=lost&kind=exchange&department=law&homeCountry=DE&page=3");
    expect(filters).toEqual({ q: "lena", year: "2026", status: "", kind: "exchange", department: "", homeCountry: "DE", page: 3 });
    expect(listQueryOf(filters)).toEqual({ q: "lena", academicYear: 2026, status: undefined, kind: "exchange", department: undefined, homeCountry: "DE", limit: 50, offset: 100 });
    expect(searchOf({ ...filters, page: 1 }).page).toBeUndefined();
    expect(filtersFromSearch("?page=-4").page).toBe(1);
  });

  it("puts August in the academic year that starts then", () => {
    expect(academicYearOf(new Date(2026, 7, 1))).toBe(2026);
    expect(academicYearOf(new Date(2027, 6, 31))).toBe(2026);
  });
});
