import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { uiCssFiles } from "../src/index";

const [tokensPath, componentsPath] = uiCssFiles as [string, string];
const tokensCss = readFileSync(tokensPath, "utf8");
const componentsCss = readFileSync(componentsPath, "utf8");

const colors = Object.fromEntries(
  [...tokensCss.matchAll(/--o-color-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1]!, match[2]!]),
);

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(colors[foreground]!), luminance(colors[background]!)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

// Text pairs need 4.5:1 (WCAG 1.4.3), control borders and focus rings 3:1 (1.4.11).
const TEXT_PAIRS: [string, string][] = [
  ["text", "bg"],
  ["text", "surface"],
  ["text", "surface-sunken"],
  ["text", "primary-subtle"],
  ["text-muted", "bg"],
  ["text-muted", "surface"],
  ["text-muted", "surface-sunken"],
  ["primary", "bg"],
  ["primary", "surface"],
  ["primary", "primary-subtle"],
  ["on-primary", "primary"],
  ["on-primary", "primary-hover"],
  ["link", "bg"],
  ["link-hover", "bg"],
  ["info", "info-subtle"],
  ["success", "bg"],
  ["success", "success-subtle"],
  ["warning", "bg"],
  ["warning", "warning-subtle"],
  ["danger", "bg"],
  ["danger", "danger-subtle"],
  ["on-danger", "danger"],
  ["on-danger", "danger-hover"],
];
const NON_TEXT_PAIRS: [string, string][] = [
  ["border-strong", "bg"],
  ["focus", "bg"],
  ["focus", "surface"],
  ["focus-on-primary", "primary"],
];

describe("design tokens", () => {
  it("defines every colour of the checked pairs", () => {
    for (const name of [...TEXT_PAIRS, ...NON_TEXT_PAIRS].flat()) expect(colors[name], name).toMatch(/^#/);
  });

  it.each(TEXT_PAIRS)("%s on %s reaches 4.5:1", (foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NON_TEXT_PAIRS)("%s against %s reaches 3:1", (foreground, background) => {
    expect(contrast(foreground, background)).toBeGreaterThanOrEqual(3);
  });

  it("defines spacing, radii, typography and the focus ring", () => {
    for (const token of ["--o-space-4", "--o-radius-md", "--o-font-family", "--o-font-size-md", "--o-line-height", "--o-focus-ring"]) {
      expect(tokensCss).toContain(`${token}:`);
    }
  });
});

describe("components.css", () => {
  const sourceDirs = ["react", "vue"].map((dir) => join(tokensPath, "..", dir));
  const usedClasses = new Set<string>();
  for (const dir of sourceDirs) {
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), "utf8");
      for (const match of source.matchAll(/["`\s](o-[a-z][\w-]*?)(?=["`\s$]|\$\{)/g)) usedClasses.add(match[1]!);
    }
  }

  it("styles every class the components use (variant classes built with ${} are checked by their prefix)", () => {
    expect(usedClasses.size).toBeGreaterThan(30);
    for (const className of usedClasses) {
      if (className.endsWith("--") || className.endsWith("-")) {
        expect(componentsCss, className).toMatch(new RegExp(`\\.${className}[a-z]`));
      } else {
        expect(componentsCss, className).toMatch(new RegExp(`\\.${className}(?![\\w-])`));
      }
    }
  });

  it("covers the namespaced component families", () => {
    const families = ["btn", "field", "table", "alert", "badge", "card", "tabs", "dialog", "spinner", "panel", "toolbar", "pagination", "empty", "page-header"];
    for (const family of families) expect(componentsCss).toContain(`.o-${family}`);
  });
});
