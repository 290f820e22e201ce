import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { sharedDepsDistDir } from "../src/index";

/** Builds dist/ when a test run starts without it (turbo normally runs the build first). */
export default function setup(): void {
  if (existsSync(join(sharedDepsDistDir, "manifest.json"))) return;
  execFileSync(process.execPath, [join(sharedDepsDistDir, "..", "build.mjs")], { stdio: "inherit" });
}
