#!/usr/bin/env node
// The one test command (README): unit and integration suites of every package (vitest through turbo), then the
// end-to-end suite in Chromium against the whole intranet started on a throw-away data folder.
// With TEST_DATABASE_URL set, services' integration tests and the e2e stack run on that PostgreSQL server.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const workspaceDirs = ["shell", "e2e", ...["modules", "services", "analytics", "packages"].flatMap((d) =>
  existsSync(join(root, d)) ? readdirSync(join(root, d)).map((p) => join(d, p)) : [],
)];
const reportOf = (dir) => join(root, dir, "test-results", "vitest.json");
for (const dir of workspaceDirs) rmSync(reportOf(dir), { force: true });
mkdirSync(join(root, "test-results"), { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`=== ${label}: ${r.status === 0 ? "ok" : `failed (exit ${r.status})`} in ${Math.round((Date.now() - started) / 1000)} s`);
  return r.status === 0;
}

const staticOk = run("typecheck and lint", "pnpm", ["turbo", "run", "typecheck", "lint", "--output-logs=errors-only"]);
const unitOk = run(
  "unit and integration tests",
  "pnpm",
  ["turbo", "run", "test", "--concurrency=2", "--output-logs=errors-only", "--", "--reporter=default", "--reporter=json", "--outputFile=test-results/vitest.json"],
  { LOG_LEVEL: "silent", FORCE_COLOR: "0" },
);
const e2eOk = run("end-to-end tests (Chromium)", "pnpm", ["exec", "playwright", "test", "-c", "e2e/playwright.config.ts"], {
  FORCE_COLOR: "0",
});

let passed = 0;
let failed = 0;
for (const file of workspaceDirs.map(reportOf).filter((f) => existsSync(f))) {
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  } catch {
    // a suite that crashed before writing its report is already counted as a failed run above
  }
}
const e2eReport = join(root, "test-results", "e2e.json");
if (existsSync(e2eReport)) {
  const stats = JSON.parse(readFileSync(e2eReport, "utf8")).stats ?? {};
  passed += stats.expected ?? 0;
  failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
}
if (!staticOk || !unitOk || !e2eOk) failed = Math.max(failed, 1);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(staticOk && unitOk && e2eOk ? 0 : 1);
