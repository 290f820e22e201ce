import type { Node, Plugin, Rule } from "postcss";

export interface ScopeCssOptions {
  /** The selector every rule is nested under, e.g. ".orbis-admin". */
  scope: string;
  /** Which stylesheets to scope, by file path (Vite's `?query` included); all when omitted. */
  include?: (file: string | undefined) => boolean;
}

const ROOT_ELEMENT = /^(?:html|body)(?![\w-])/i;
const ROOT_CHAIN = /^\s*>?\s*(?=(?:html|body)(?![\w-]))/i;

/** True for rules that are not inside another rule (native nesting) nor inside @keyframes. */
function isTopLevelStyleRule(rule: Rule): boolean {
  for (let parent: Node | undefined = rule.parent; parent && parent.type !== "root"; parent = parent.parent) {
    if (parent.type === "rule") return false;
    if (parent.type === "atrule" && /keyframes$/i.test((parent as Node & { name: string }).name)) return false;
  }
  return true;
}

/**
 * Scopes one selector: `.card` -> `.orbis-x .card`; `html`/`body` (alone or chained) become the scope itself
 * (`body.dark .x` -> `.orbis-x.dark .x`); `:root...` and selectors already starting with the scope are left alone.
 */
export function scopeSelector(selector: string, scope: string): string {
  const trimmed = selector.trim();
  if (trimmed === "" || /^:root(?![\w-])/i.test(trimmed)) return trimmed;
  if (trimmed.startsWith(scope) && !/[\w-]/.test(trimmed.charAt(scope.length))) return trimmed;
  let rest = trimmed;
  let replaced = false;
  for (let match = ROOT_ELEMENT.exec(rest); match; match = ROOT_ELEMENT.exec(rest)) {
    rest = rest.slice(match[0].length);
    replaced = true;
    const chain = ROOT_CHAIN.exec(rest);
    if (!chain) break;
    rest = rest.slice(chain[0].length);
  }
  return replaced ? scope + rest : `${scope} ${trimmed}`;
}

/** PostCSS plugin nesting every top-level selector of a module's own CSS under its scope class. */
export function scopeCss(options: ScopeCssOptions): Plugin {
  if (!/^\.[A-Za-z_][\w-]*$/.test(options.scope)) throw new Error(`scopeCss: "${options.scope}" is not a class selector`);
  return {
    postcssPlugin: "orbis-scope-css",
    Once(root, { result }) {
      const file = root.source?.input.file ?? result.opts.from;
      if (options.include && !options.include(file)) return;
      root.walkRules((rule) => {
        if (!isTopLevelStyleRule(rule)) return;
        rule.selectors = [...new Set(rule.selectors.map((selector) => scopeSelector(selector, options.scope)))];
      });
    },
  };
}
scopeCss.postcss = true as const;
