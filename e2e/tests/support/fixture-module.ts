import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repoRoot = join(import.meta.dirname, "..", "..", "..");

/**
 * A minimal microfrontend built by hand (plain DOM, no framework), deployed with the real deploy command
 * (`scripts/deploy-module.mjs`): copy to the static store, deploy token, publish to the registry.
 */
export async function deployFixtureModule(options: {
  baseURL: string;
  name: string;
  label: string;
  /** Body of the module's entry file; must export bootstrap, mount and unmount. */
  source: string;
  roles?: string[];
}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `orbis-fixture-${options.name}-`));
  mkdirSync(join(dir, "dist"));
  const hash = createHash("sha256").update(options.source).digest("hex");
  const entry = `spa-${hash.slice(0, 10)}.js`;
  writeFileSync(join(dir, "dist", entry), options.source);
  const integrity = `sha384-${createHash("sha384").update(options.source).digest("base64")}`;
  writeFileSync(
    join(dir, "dist", "orbis-module.json"),
    JSON.stringify({ name: options.name, entry, css: [], integrity, contentHash: hash.slice(0, 16) }),
  );
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: `fixture-${options.name}`,
      version: "1.0.0",
      orbis: {
        module: options.name,
        route: `/${options.name}`,
        framework: "react",
        roles: options.roles ?? ["admin"],
        label: { fr: options.label, en: options.label },
      },
    }),
  );
  const output = execFileSync(process.execPath, [join(repoRoot, "scripts", "deploy-module.mjs"), dir, "--skip-build"], {
    cwd: repoRoot,
    encoding: "utf8",
    env: {
      ...process.env,
      ORBIS_URL: options.baseURL,
      STATIC_DIR: join(repoRoot, "test-results", "e2e-data", "static"),
    },
  });
  // The shell caches the import map for about a second: the next page load has the new entry after that.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const html = await (await fetch(`${options.baseURL}/`)).text();
    if (html.includes(`/static/${options.name}/1.0.0-${hash.slice(0, 8)}/`)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return `1.0.0-${hash.slice(0, 8)}\n${output}`;
}

/** Entry source of a module that renders one heading. */
export function headingModule(text: string): string {
  return `
export async function bootstrap() {}
export async function mount(props) {
  const h = document.createElement("h1");
  h.textContent = ${JSON.stringify(text)};
  props.domElement.append(h);
}
export async function unmount(props) { props.domElement.replaceChildren(); }
`;
}
