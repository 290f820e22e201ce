/**
 * `pnpm bench` (erasmus): runs every benchmark of this folder in turn (each area adds its own file), one process each
 * so that one database at a time is open.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";

const here = import.meta.dirname;
for (const file of readdirSync(here).filter((f) => f.endsWith(".ts") && f !== "run.ts").sort()) {
  process.stdout.write(`\n== bench/${file}\n`);
  execFileSync(process.execPath, ["--import", "tsx", `${here}/${file}`], { stdio: "inherit" });
}
