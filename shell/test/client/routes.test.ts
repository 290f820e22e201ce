import type { NavModule } from "@orbis/contracts/registry";
import { describe, expect, it } from "vitest";
import { pageFor, routeMatches } from "../../src/routes";

const module = (name: string, route: string): NavModule => ({
  name,
  route,
  framework: "react",
  label: { fr: name, en: name },
  roles: ["admin"],
  version: "1.0.0",
  specifier: `@orbis/${name}`,
  cssUrls: [],
});

describe("routes", () => {
  it("matches a route and the paths below it, not its look-alikes", () => {
    expect(routeMatches("/admin", "/admin")).toBe(true);
    expect(routeMatches("/admin", "/admin/")).toBe(true);
    expect(routeMatches("/admin", "/admin/users/1")).toBe(true);
    expect(routeMatches("/admin", "/administration")).toBe(false);
    expect(routeMatches("/admin", "/")).toBe(false);
  });

  it("gives home for /, the claiming module (longest route first), or not-found", () => {
    const modules = [module("erasmus", "/erasmus"), module("reports", "/erasmus/reports"), module("admin", "/admin")];
    expect(pageFor("/", modules)).toEqual({ kind: "home" });
    expect(pageFor("/admin/users", modules)).toMatchObject({ kind: "module", module: { name: "admin" } });
    expect(pageFor("/erasmus/applications", modules)).toMatchObject({ kind: "module", module: { name: "erasmus" } });
    expect(pageFor("/erasmus/reports/2025", modules)).toMatchObject({ kind: "module", module: { name: "reports" } });
    expect(pageFor("/nowhere", modules)).toEqual({ kind: "not-found" });
    expect(pageFor("/admin", [])).toEqual({ kind: "not-found" });
  });
});
