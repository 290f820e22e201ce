/**
 * Server-side entry (Node): where the shared stylesheets live, for the shell server to serve them once.
 * Browser code imports "@orbis/ui/react", "@orbis/ui/vue" or "@orbis/ui/i18n" instead.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// Not `new URL("./x.css", import.meta.url)`: Vite rewrites that pattern into an asset URL when it bundles this file.
const sourceDir = dirname(fileURLToPath(import.meta.url));

/** Absolute paths of the stylesheets every page loads, in order: tokens first, then components. */
export const uiCssFiles: readonly string[] = [join(sourceDir, "tokens.css"), join(sourceDir, "components.css")];
