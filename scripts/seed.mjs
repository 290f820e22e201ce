#!/usr/bin/env node
// pnpm seed [--scale N]: adds each service's slice of the deterministic demo universe (one shared generator,
// @orbis/demo-data), N times larger. Existing rows are kept. Stop `pnpm start` first when running on the embedded
// databases (a PGlite folder is opened by one process at a time).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { scale: { type: "string", default: "4" } } });
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0 || scale > 100) {
  console.error("Usage: pnpm seed [--scale N]   (N between 0 and 100, default 4, the scale `pnpm start` seeds)");
  process.exit(2);
}
const root = new URL("..", import.meta.url).pathname;
let failed = false;
for (const dir of readdirSync(join(root, "services"))) {
  const pkgPath = join(root, "services", dir, "package.json");
  if (!existsSync(pkgPath) || !JSON.parse(readFileSync(pkgPath, "utf8")).scripts?.seed) continue;
  console.log(`[seed] ${dir} (scale ${scale})`);
  const r = spawnSync("pnpm", ["--dir", join(root, "services", dir), "run", "--silent", "seed"], {
    stdio: "inherit",
    env: { ...process.env, ORBIS_SEED_SCALE: String(scale) },
  });
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);
