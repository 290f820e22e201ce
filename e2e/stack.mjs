#!/usr/bin/env node
// Starts the whole intranet for the end-to-end suite: fresh data folder, fresh PostgreSQL database when
// TEST_DATABASE_URL is set, then the same launcher as `pnpm start`.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

const root = new URL("..", import.meta.url).pathname;
const dataRoot = join(root, "test-results", "e2e-data");
rmSync(dataRoot, { recursive: true, force: true });
const env = { ...process.env, ORBIS_DATA_ROOT: dataRoot, ORBIS_DEMO: "1", STATIC_DIR: join(dataRoot, "static") };

if (process.env.TEST_DATABASE_URL) {
  const name = "orbis_e2e";
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
}

const child = spawn(process.execPath, [join(root, "scripts", "start.mjs")], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
