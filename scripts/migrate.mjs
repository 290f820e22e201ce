#!/usr/bin/env node
// pnpm migrate: applies every service's pending migrations (DATABASE_URL, or the embedded folders) and exits.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
let failed = false;
for (const dir of readdirSync(join(root, "services"))) {
  const pkgPath = join(root, "services", dir, "package.json");
  if (!existsSync(pkgPath) || !JSON.parse(readFileSync(pkgPath, "utf8")).scripts?.migrate) continue;
  console.log(`[migrate] ${dir}`);
  const r = spawnSync("pnpm", ["--dir", join(root, "services", dir), "run", "--silent", "migrate"], { stdio: "inherit" });
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);
