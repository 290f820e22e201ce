import { describe, expect, it } from "vitest";
import { hrefOf, matchRoute, sectionOf, type PageRoute } from "../src/router/routes";

describe("routes", () => {
  it("matches every page under the base path and nothing outside it", () => {
    expect(matchRoute("/agreements", "/agreements")).toEqual({ name: "home" });
    expect(matchRoute("/agreements/", "/agreements")).toEqual({ name: "home" });
    expect(matchRoute("/agreements/agreements/new", "/agreements")).toEqual({ name: "newAgreement" });
    expect(matchRoute("/agreements/agreements/abc/edit", "/agreements")).toEqual({ name: "editAgreement", id: "abc" });
    expect(matchRoute("/agreements/partners/p%201", "/agreements")).toEqual({ name: "partner", id: "p 1" });
    expect(matchRoute("/agreements/ewp-import", "/agreements")).toEqual({ name: "ewpImport" });
    expect(matchRoute("/agreements/partners/x/y", "/agreements")).toEqual({ name: "notFound", path: "/agreements/partners/x/y" });
    expect(matchRoute("/agreements/%E0", "/agreements")).toMatchObject({ name: "notFound" });
    expect(matchRoute("/agreementsX", "/agreements")).toBeNull();
    expect(matchRoute("/admin", "/agreements")).toBeNull();
  });

  it("builds the links matchRoute reads back", () => {
    const pages: PageRoute[] = [
      { name: "home" },
      { name: "agreements" },
      { name: "newAgreement" },
      { name: "agreement", id: "a/b" },
      { name: "editAgreement", id: "a" },
      { name: "partners" },
      { name: "newPartner" },
      { name: "partner", id: "p" },
      { name: "editPartner", id: "p" },
      { name: "import" },
      { name: "ewpImport" },
    ];
    for (const page of pages) expect(matchRoute(hrefOf(page, "/agreements/"), "/agreements")).toEqual(page);
    expect(sectionOf({ name: "editPartner", id: "p" })).toBe("partners");
  });
});
