import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { sharedDepsDistDir } from "@orbis/shared-deps";

/** The browser test loads the shared libraries from @orbis/shared-deps' dist (turbo builds it first; this covers `vitest` run alone). */
export default function setup(): void {
  if (existsSync(join(sharedDepsDistDir, "manifest.json"))) return;
  execFileSync(process.execPath, [join(sharedDepsDistDir, "..", "build.mjs")], { stdio: "inherit" });
}
