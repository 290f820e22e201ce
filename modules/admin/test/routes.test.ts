import { describe, expect, it } from "vitest";
import { hrefOf, matchRoute, sectionOf, type AdminRoute } from "../src/router/routes";

describe("matchRoute", () => {
  it("shows the users list on the base path, with or without a trailing slash", () => {
    expect(matchRoute("/admin", "/admin")).toEqual({ name: "users" });
    expect(matchRoute("/admin/", "/admin")).toEqual({ name: "users" });
    expect(matchRoute("/admin", "/admin/")).toEqual({ name: "users" });
  });

  it("matches every page", () => {
    expect(matchRoute("/admin/users", "/admin")).toEqual({ name: "users" });
    expect(matchRoute("/admin/users/5b1c", "/admin")).toEqual({ name: "user", id: "5b1c" });
    expect(matchRoute("/admin/departments", "/admin")).toEqual({ name: "departments" });
    expect(matchRoute("/admin/modules", "/admin")).toEqual({ name: "modules" });
    expect(matchRoute("/admin/modules/erasmus", "/admin")).toEqual({ name: "module", moduleName: "erasmus" });
    expect(matchRoute("/admin/audit/", "/admin")).toEqual({ name: "audit" });
  });

  it("returns null outside the base path, including paths that merely start with the same letters", () => {
    expect(matchRoute("/erasmus", "/admin")).toBeNull();
    expect(matchRoute("/administration", "/admin")).toBeNull();
    expect(matchRoute("/", "/admin")).toBeNull();
  });

  it("answers not-found for unknown or too deep paths and malformed escapes", () => {
    expect(matchRoute("/admin/nope", "/admin")).toEqual({ name: "notFound", path: "/admin/nope" });
    expect(matchRoute("/admin/users/1/extra", "/admin")).toEqual({ name: "notFound", path: "/admin/users/1/extra" });
    expect(matchRoute("/admin/departments/INFO", "/admin")).toEqual({ name: "notFound", path: "/admin/departments/INFO" });
    expect(matchRoute("/admin/users/%E0%A4%A", "/admin")).toEqual({ name: "notFound", path: "/admin/users/%E0%A4%A" });
  });

  it("decodes segments", () => {
    expect(matchRoute("/admin/modules/a%20b", "/admin")).toEqual({ name: "module", moduleName: "a b" });
  });
});

describe("hrefOf", () => {
  const routes: Exclude<AdminRoute, { name: "notFound" }>[] = [
    { name: "users" },
    { name: "user", id: "0b7a3f8e-4a6f-4a57-9f55-2f5e9c1d1b11" },
    { name: "departments" },
    { name: "modules" },
    { name: "module", moduleName: "odd/name" },
    { name: "audit" },
  ];

  it("is the inverse of matchRoute", () => {
    for (const route of routes) expect(matchRoute(hrefOf(route, "/admin"), "/admin")).toEqual(route);
  });

  it("builds paths under the base path, escaping parameters", () => {
    expect(hrefOf({ name: "module", moduleName: "odd/name" }, "/admin/")).toBe("/admin/modules/odd%2Fname");
    expect(hrefOf({ name: "audit" }, "/gestion")).toBe("/gestion/audit");
  });
});

describe("sectionOf", () => {
  it("puts detail pages in their list's section", () => {
    expect(sectionOf({ name: "user", id: "x" })).toBe("users");
    expect(sectionOf({ name: "module", moduleName: "x" })).toBe("modules");
    expect(sectionOf({ name: "departments" })).toBe("departments");
    expect(sectionOf({ name: "audit" })).toBe("audit");
    expect(sectionOf({ name: "notFound", path: "/admin/x" })).toBeNull();
  });
});
