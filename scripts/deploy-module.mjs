#!/usr/bin/env node
// pnpm deploy:module <name> [--if-changed] [--skip-build]
// Builds modules/<name> (or a folder given as a path, e.g. analytics/dashboards), copies dist/ into the static store
// under <name>/<version>/ and publishes the version to the registry through the shell (ORBIS_URL) with a deploy token.
import { DeployFailed, deployModule } from "./lib/deploy.mjs";
import { CallFailed } from "./lib/http.mjs";
import { staticDir } from "./lib/paths.mjs";

const USAGE = `Usage: pnpm deploy:module <name|folder> [--if-changed] [--skip-build]

  <name>         a folder of modules/ (e.g. admin), or a path such as analytics/dashboards
  --if-changed   do nothing when the registry's current version is already this build
  --skip-build   publish the existing dist/ (already built)

Environment:
  ORBIS_URL             the running shell (default http://127.0.0.1:8080)
  STATIC_DIR            the module store the shell serves (default $ORBIS_DATA_ROOT/static, else .data/static)
  DEPLOY_CLIENT_ID      client-credentials id (default deployer)
  DEPLOY_CLIENT_SECRET  its secret (default orbis-demo-deployer, the demo client)`;

const args = process.argv.slice(2);
const flags = new Set(args.filter((arg) => arg.startsWith("--")));
const positional = args.filter((arg) => !arg.startsWith("--"));
const unknown = [...flags].filter((flag) => !["--if-changed", "--skip-build", "--help"].includes(flag));
if (flags.has("--help")) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positional.length !== 1 || unknown.length) {
  console.error(unknown.length ? `Unknown option ${unknown.join(", ")}\n\n${USAGE}` : USAGE);
  process.exit(2);
}

const target = positional[0];
const log = (line) => process.stdout.write(`[deploy ${target}] ${line}\n`);
try {
  await deployModule({
    target,
    orbisUrl: (process.env.ORBIS_URL ?? "http://127.0.0.1:8080").replace(/\/+$/, ""),
    storeDir: staticDir(),
    clientId: process.env.DEPLOY_CLIENT_ID ?? "deployer",
    clientSecret: process.env.DEPLOY_CLIENT_SECRET ?? "orbis-demo-deployer",
    ifChanged: flags.has("--if-changed"),
    skipBuild: flags.has("--skip-build"),
    log,
  });
} catch (error) {
  if (!(error instanceof DeployFailed || error instanceof CallFailed)) throw error;
  console.error(`[deploy ${target}] failed: ${error.message}`);
  if (error instanceof CallFailed && error.status === undefined) {
    console.error(`[deploy ${target}] is Orbis running at ${process.env.ORBIS_URL ?? "http://127.0.0.1:8080"}? (pnpm start)`);
  }
  process.exit(1);
}
