// Which services to start and where each listens: the port table is the shell server's (shell/server/services.json).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./paths.mjs";

const table = JSON.parse(readFileSync(join(repoRoot, "shell", "server", "services.json"), "utf8"));

/**
 * Every folder of services/* with a src/main.ts, plus any analytics/* package that declares `"orbis": {"service":
 * "<name>"}` in its package.json. Returns [{ name, dir, packageName }] in port order.
 */
export function discoverServices(root = repoRoot) {
  const found = [];
  for (const parent of ["services", "analytics"]) {
    const parentDir = join(root, parent);
    if (!existsSync(parentDir)) continue;
    for (const entry of readdirSync(parentDir, { withFileTypes: true })) {
      const dir = join(parentDir, entry.name);
      if (!entry.isDirectory() || !existsSync(join(dir, "src", "main.ts")) || !existsSync(join(dir, "package.json"))) continue;
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      const declared = pkg.orbis?.service;
      if (parent === "analytics" && !declared) continue;
      found.push({ name: declared ?? entry.name, dir, packageName: pkg.name });
    }
  }
  const offsets = portOffsets(found.map((service) => service.name));
  return found.sort((a, b) => offsets[a.name] - offsets[b.name]);
}

/** Known services keep their offset (identity 1, registry 2, ...); others follow, in name order. */
export function portOffsets(names) {
  const offsets = { ...table.offsets };
  let next = Math.max(0, ...Object.values(offsets)) + 1;
  for (const name of [...names].sort()) if (!(name in offsets)) offsets[name] = next++;
  return offsets;
}

/** Base URL of every service (known or discovered) for a base port (ORBIS_PORT_BASE, default 4100). */
export function serviceUrls(names, basePort = table.basePort) {
  const offsets = portOffsets(names);
  return Object.fromEntries(Object.entries(offsets).map(([name, offset]) => [name, `http://127.0.0.1:${basePort + offset}`]));
}

export const DEFAULT_BASE_PORT = table.basePort;
