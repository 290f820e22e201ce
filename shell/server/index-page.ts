import type { ImportMap } from "@orbis/contracts/registry";

/** Where the server writes the stylesheets, the import map and its override script in shell/index.html. */
export const HEAD_PLACEHOLDER = "<!--orbis:head-->";
export const IMPORT_MAP_DATA_ID = "orbis-import-map";
/** Prefix of the localStorage keys a developer sets to point one specifier elsewhere (import-map-overrides' format). */
export const OVERRIDE_KEY_PREFIX = "import-map-override:";

/** JSON safe to embed in HTML: no `</script>`, no comment or CDATA openers. */
export const jsonForHtml = (value: unknown) =>
  JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * Runs before any module is fetched: reads the map from the data block, applies the developer overrides from
 * localStorage, then inserts the real `<script type="importmap">` (with this script's nonce, as the CSP requires).
 * Active overrides are listed in data-overrides so the shell can show them.
 */
export const IMPORT_MAP_LOADER = `(function () {
  var data = document.getElementById(${JSON.stringify(IMPORT_MAP_DATA_ID)});
  var map = JSON.parse(data.textContent);
  var prefix = ${JSON.stringify(OVERRIDE_KEY_PREFIX)};
  var overrides = [];
  try {
    for (var i = 0; i < localStorage.length; i++) {
      var key = localStorage.key(i);
      var url = key && key.indexOf(prefix) === 0 ? localStorage.getItem(key) : null;
      if (url) {
        map.imports[key.slice(prefix.length)] = url;
        overrides.push([key.slice(prefix.length), url]);
      }
    }
  } catch (e) {}
  var script = document.createElement("script");
  script.type = "importmap";
  script.nonce = document.currentScript.nonce;
  script.textContent = JSON.stringify(map);
  if (overrides.length) {
    script.setAttribute("data-overrides", JSON.stringify(overrides));
    console.warn("Orbis: import-map overrides active", overrides);
  }
  document.currentScript.after(script);
})();`;

export interface IndexPageParts {
  importMap: ImportMap;
  nonce: string;
  /** `/ui/<hashed name>` URLs, in load order. */
  stylesheets: readonly string[];
}

/** shell/dist/index.html with the UI kit stylesheets and the import map written in its head. */
export function renderIndexPage(template: string, parts: IndexPageParts): string {
  const nonce = escapeAttribute(parts.nonce);
  const head = [
    ...parts.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeAttribute(href)}">`),
    `<script type="application/json" id="${IMPORT_MAP_DATA_ID}">${jsonForHtml(parts.importMap)}</script>`,
    `<script nonce="${nonce}">${IMPORT_MAP_LOADER}</script>`,
  ].join("\n    ");
  if (template.includes(HEAD_PLACEHOLDER)) return template.replace(HEAD_PLACEHOLDER, () => head);
  // A template without the placeholder still gets the map before any of its scripts.
  return template.replace(/<head[^>]*>/i, (open) => `${open}\n    ${head}`);
}
