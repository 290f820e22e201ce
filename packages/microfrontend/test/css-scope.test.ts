import postcss from "postcss";
import { describe, expect, it } from "vitest";
import { scopeCss, scopeSelector } from "../src/css-scope";

const SCOPE = ".orbis-admin";

async function scoped(css: string, from = "/repo/modules/admin/src/app.css", include?: (file: string | undefined) => boolean) {
  const result = await postcss([scopeCss({ scope: SCOPE, include })]).process(css, { from });
  return result.css;
}

describe("scopeSelector", () => {
  it.each([
    [".card", ".orbis-admin .card"],
    ["a:hover", ".orbis-admin a:hover"],
    ["*", ".orbis-admin *"],
    ["ul > li + li", ".orbis-admin ul > li + li"],
    [":is(h1, h2) span", ".orbis-admin :is(h1, h2) span"],
    ["html", ".orbis-admin"],
    ["body", ".orbis-admin"],
    ["body.dark .title", ".orbis-admin.dark .title"],
    ["html body .title", ".orbis-admin .title"],
    ["html > body", ".orbis-admin"],
    ["body > main", ".orbis-admin > main"],
    ["bodyguard", ".orbis-admin bodyguard"],
    ["html-like", ".orbis-admin html-like"],
    [":root", ":root"],
    [":root .x", ":root .x"],
    [".orbis-admin", ".orbis-admin"],
    [".orbis-admin .x", ".orbis-admin .x"],
    [".orbis-admin-legacy .x", ".orbis-admin .orbis-admin-legacy .x"],
  ])("%s -> %s", (selector, expected) => {
    expect(scopeSelector(selector, SCOPE)).toBe(expected);
  });
});

describe("scopeCss", () => {
  it("scopes every selector of a list, inside @media and @supports too", async () => {
    const css = await scoped(".a, .b { color: red } @media (min-width: 40rem) { .c { color: blue } } @supports (display: grid) { .d { display: grid } }");
    expect(css).toContain(".orbis-admin .a, .orbis-admin .b { color: red }");
    expect(css).toContain("@media (min-width: 40rem) { .orbis-admin .c { color: blue } }");
    expect(css).toContain("@supports (display: grid) { .orbis-admin .d { display: grid } }");
  });

  it("leaves :root, @keyframes steps and @font-face alone", async () => {
    const css = await scoped(
      ":root { --gap: 4px } @keyframes pulse { from { opacity: 0 } 50% { opacity: .5 } to { opacity: 1 } } @font-face { font-family: X; src: url(x.woff2) }",
    );
    expect(css).toContain(":root { --gap: 4px }");
    expect(css).toContain("@keyframes pulse { from { opacity: 0 } 50% { opacity: .5 } to { opacity: 1 } }");
    expect(css).toContain("@font-face { font-family: X; src: url(x.woff2) }");
    expect(css).not.toContain(".orbis-admin");
  });

  it("turns html/body into the scope and merges the duplicates", async () => {
    expect(await scoped("html, body { margin: 0 }")).toBe(".orbis-admin { margin: 0 }");
  });

  it("does not scope nested rules twice", async () => {
    expect(await scoped(".card { & .title { font-weight: 700 } }")).toBe(".orbis-admin .card { & .title { font-weight: 700 } }");
  });

  it("only touches the files `include` accepts", async () => {
    const include = (file: string | undefined) => !!file && !file.includes("node_modules");
    expect(await scoped(".x { color: red }", "/repo/node_modules/lib/lib.css", include)).toBe(".x { color: red }");
    expect(await scoped(".x { color: red }", "/repo/modules/admin/src/App.vue?vue&type=style&index=0&lang.css", include)).toBe(
      ".orbis-admin .x { color: red }",
    );
  });

  it("refuses a scope that is not a class selector", () => {
    expect(() => scopeCss({ scope: "orbis admin" })).toThrow(/not a class selector/);
  });
});
