import { describe, expect, it } from "vitest";
import { createRouteTable } from "../src/core/route-table";

const { matchRoute, hrefOf } = createRouteTable({ home: "", items: "items", itemNew: "items/new", item: "items/:id" });

describe("createRouteTable", () => {
  it("matches fixed segments before parameters, decodes them, and leaves other paths to other modules", () => {
    expect(matchRoute("/m", "/m")).toEqual({ name: "home", params: {} });
    expect(matchRoute("/m/items/new/", "/m/")).toEqual({ name: "itemNew", params: {} });
    expect(matchRoute("/m/items/a%20b", "/m")).toEqual({ name: "item", params: { id: "a b" } });
    expect(matchRoute("/m/items/%E0%A4%A", "/m")).toEqual({ name: "notFound", params: { path: "/m/items/%E0%A4%A" } });
    expect(matchRoute("/other", "/m")).toBeNull();
  });

  it("builds hrefs with encoded parameters and a query string without empty values", () => {
    expect(hrefOf("item", { id: "a/b" }, "/m", { q: "x y", empty: "", none: undefined })).toBe("/m/items/a%2Fb?q=x+y");
    expect(hrefOf("home", {}, "/m/")).toBe("/m");
  });
});
