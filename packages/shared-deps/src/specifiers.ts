/**
 * Bare specifiers served once by the shell's import map. Module builds must keep them external so that every module
 * shares one React and one Vue (hooks and provide/inject break with two copies).
 */
export const SHARED_SPECIFIERS = [
  "react",
  "react-dom",
  "react-dom/client",
  "react/jsx-runtime",
  "@tanstack/react-query",
  "vue",
  "@tanstack/vue-query",
  "single-spa",
] as const;
export type SharedSpecifier = (typeof SHARED_SPECIFIERS)[number];

/** Classic (non-module) script in the manifest's imports, for the shell's developer overrides; modules never import it. */
export const IMPORT_MAP_OVERRIDES = "import-map-overrides";

/** URL prefix under which the shell server serves dist/. */
export const SHARED_URL_PREFIX = "/shared/";

export function isSharedSpecifier(id: string): id is SharedSpecifier {
  return (SHARED_SPECIFIERS as readonly string[]).includes(id);
}
