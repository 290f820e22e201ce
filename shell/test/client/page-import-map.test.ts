// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { pageImportMapSpecifiers } from "../../src/page-import-map";

describe("the page's import map", () => {
  it("lists the specifiers of every import map on the page and ignores a malformed one", () => {
    document.head.innerHTML = `
      <script type="importmap">{"imports":{"react":"/shared/react.js","@orbis/admin":"/static/admin/1/spa.js"}}</script>
      <script type="importmap">{"imports":{"@orbis/agreements":"/static/agreements/1/spa.js"}}</script>
      <script type="importmap">{ not json</script>`;
    expect([...pageImportMapSpecifiers()].sort()).toEqual(["@orbis/admin", "@orbis/agreements", "react"]);
  });

  it("is empty without an import map, so no module is offered that could not load", () => {
    document.head.innerHTML = "";
    expect(pageImportMapSpecifiers().size).toBe(0);
  });
});
