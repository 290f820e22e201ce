import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { sharedDepsDistDir } from "@orbis/shared-deps";

/** The browser tests load the real shared libraries: build them when a test run starts without them. */
export default function setup(): void {
  if (existsSync(join(sharedDepsDistDir, "manifest.json"))) return;
  execFileSync(process.execPath, [join(sharedDepsDistDir, "..", "build.mjs")], { stdio: "inherit" });
}
