#!/usr/bin/env node
// drizzle's migrator creates the service schema first (for its migrations table), so the generated
// `CREATE SCHEMA "x";` must tolerate an existing schema. Run after `drizzle-kit generate`.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const folder = process.argv[2] ?? "drizzle";
for (const file of readdirSync(folder).filter((f) => f.endsWith(".sql"))) {
  const path = join(folder, file);
  const text = readFileSync(path, "utf8");
  const fixed = text.replace(/CREATE SCHEMA "([^"]+)";/g, 'CREATE SCHEMA IF NOT EXISTS "$1";');
  if (fixed !== text) writeFileSync(path, fixed);
}
