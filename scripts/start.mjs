#!/usr/bin/env node
// pnpm start: builds what is needed, starts every service and the shell server as child processes, deploys every
// module (when its build changed), then prints where Orbis answers. Ctrl-C / SIGTERM stops everything gracefully.
//
// Environment: PORT (shell, default 8080), HOST (shell, default 127.0.0.1), ORBIS_PORT_BASE (services at base+1...,
// default 4100), ORBIS_DEMO (1 unless set to 0), ORBIS_DATA_ROOT, STATIC_DIR, DEPLOY_CLIENT_ID/SECRET, LOG_LEVEL.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { startChild } from "./lib/children.mjs";
import { deployModule } from "./lib/deploy.mjs";
import { dataRoot, repoRoot, staticDir } from "./lib/paths.mjs";
import { DEFAULT_BASE_PORT, discoverServices, serviceUrls } from "./lib/services.mjs";
import { waitUntilReady } from "./lib/wait.mjs";

const DEMO_ACCOUNTS =
  "admin@orbis.test, erasmus@orbis.test, incoming@orbis.test, outgoing@orbis.test, agreements@orbis.test, " +
  "vp@orbis.test, analyst@orbis.test, rri.chinese@orbis.test, rri.arabic@orbis.test, rri.russian@orbis.test";

const env = process.env;
const demo = env.ORBIS_DEMO !== "0";
const shellPort = Number(env.PORT || 8080);
const basePort = Number(env.ORBIS_PORT_BASE || DEFAULT_BASE_PORT);
for (const [name, value] of [["PORT", shellPort], ["ORBIS_PORT_BASE", basePort]]) {
  if (!Number.isInteger(value) || value <= 0 || value > 65_535) {
    console.error(`${name} must be a port number, got ${env[name]}`);
    process.exit(2);
  }
}
const shellHost = env.HOST || "127.0.0.1";
const localShellUrl = `http://127.0.0.1:${shellPort}`;
const publicShellUrl = `http://${shellHost === "0.0.0.0" ? "127.0.0.1" : shellHost}:${shellPort}`;
const storeDir = staticDir(env);

const services = discoverServices();
const urls = serviceUrls(services.map((service) => service.name), basePort);
const urlVariables = Object.fromEntries(
  Object.entries(urls).map(([name, url]) => [`${name.toUpperCase().replaceAll("-", "_")}_URL`, url]),
);
const width = Math.max(6, ...services.map((service) => service.name.length));

const say = (line) => process.stdout.write(`${"orbis".padEnd(width)} │ ${line}\n`);
const running = [];
let shuttingDown = false;

async function stopAll() {
  // The shell first (no new requests), then the services together.
  const shell = running.filter((c) => c.name === "shell");
  const others = running.filter((c) => c.name !== "shell");
  await Promise.all(shell.map((c) => c.stop()));
  await Promise.all(others.map((c) => c.stop()));
}

async function fail(message, culprit) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.error(`\n${message}`);
  if (culprit) {
    console.error(`Last lines of ${culprit.name}:`);
    for (const line of culprit.lastLines()) console.error(`  ${line}`);
  }
  say("stopping everything");
  await stopAll();
  process.exit(1);
}

// A terminal's Ctrl-C or a supervisor may deliver one signal twice at once (to the process and its group): only a
// second signal at least 2 s after the first means "force".
let firstSignalAt = 0;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (firstSignalAt && Date.now() - firstSignalAt >= 2_000) {
      say(`${signal} again: killing everything`);
      for (const c of running) c.child.kill("SIGKILL");
      process.exit(130);
    }
    if (shuttingDown) return;
    firstSignalAt = Date.now();
    shuttingDown = true;
    say(`${signal}: stopping (again to force)`);
    await stopAll();
    say("stopped");
    process.exit(0);
  });
}

/** After a signal or a failure, the start sequence goes no further (the handler exits the process). */
const checkpoint = () => (shuttingDown ? new Promise(() => {}) : Promise.resolve());

/** Starts a long-running child; its unexpected exit (at start or later) stops everything. */
function launch(name, args, cwd, childEnv) {
  const child = startChild({ name, command: process.execPath, args, cwd, env: childEnv, width });
  running.push(child);
  child.exited.then(({ code, signal }) => {
    if (!child.stopping) void fail(`${name} exited unexpectedly (${signal ?? `code ${code}`}).`, child);
  });
  return child;
}

/** A one-shot command (a build) with prefixed output; resolves with its exit code. */
async function runStep(name, command, args) {
  const step = startChild({ name, command, args, cwd: repoRoot, env, width });
  running.push(step);
  const { code } = await step.exited;
  running.splice(running.indexOf(step), 1);
  return { code, step };
}

async function startService(service) {
  const url = urls[service.name];
  const child = launch(service.name, ["--import", "tsx", "src/main.ts"], service.dir, {
    ...env,
    ...urlVariables,
    SERVICE_URLS: JSON.stringify(urls),
    PORT: String(new URL(url).port),
    HOST: "127.0.0.1",
    ORBIS_DEMO: demo ? "1" : "0",
  });
  try {
    await waitUntilReady(`${url}/api/${service.name}/ready`, { exited: child.exited });
  } catch (error) {
    await fail(`${service.name} did not start: ${error.message}`, child);
  }
  await checkpoint();
  say(`${service.name} ready on ${url}`);
}

/** Folders holding a deployable module (package.json "orbis.module"): modules/* and analytics/*. */
function deployableModules() {
  const dirs = [];
  for (const parent of ["modules", "analytics"]) {
    const parentDir = join(repoRoot, parent);
    if (!existsSync(parentDir)) continue;
    for (const entry of readdirSync(parentDir, { withFileTypes: true })) {
      const pkgPath = join(parentDir, entry.name, "package.json");
      if (!entry.isDirectory() || !existsSync(pkgPath)) continue;
      if (JSON.parse(readFileSync(pkgPath, "utf8")).orbis?.module) dirs.push(relative(repoRoot, join(parentDir, entry.name)));
    }
  }
  return dirs;
}

async function deployAll() {
  const dirs = deployableModules();
  if (!dirs.length) return [];
  say(`building ${dirs.length} module(s): ${dirs.join(", ")}`);
  const { code } = await runStep("build", "pnpm", ["turbo", "run", "build", "--continue", ...dirs.map((dir) => `--filter=./${dir}`)]);
  if (code !== 0) say("some module builds failed: those modules keep their previously published version");
  const failures = [];
  for (const dir of dirs) {
    await checkpoint();
    try {
      await deployModule({
        target: dir,
        orbisUrl: localShellUrl,
        storeDir,
        clientId: env.DEPLOY_CLIENT_ID ?? "deployer",
        clientSecret: env.DEPLOY_CLIENT_SECRET ?? "orbis-demo-deployer",
        ifChanged: true,
        skipBuild: true,
        log: (line) => process.stdout.write(`${"deploy".padEnd(width)} │ [${dir}] ${line}\n`),
      });
    } catch (error) {
      failures.push(`${dir}: ${error.message}`);
      process.stdout.write(`${"deploy".padEnd(width)} │ [${dir}] failed: ${error.message}\n`);
    }
  }
  return failures;
}

say(`data in ${dataRoot(env)}, modules in ${storeDir}${demo ? ", demo mode" : ""}`);
const build = await runStep("build", "pnpm", ["turbo", "run", "build", "--filter=@orbis/shared-deps", "--filter=@orbis/shell"]);
if (build.code !== 0) await fail(`The build failed (exit ${build.code}).`, build.step);
await checkpoint();

if (!services.length) await fail("No service found in services/*/src/main.ts.");
const [first, ...rest] = services.find((s) => s.name === "identity")
  ? [services.find((s) => s.name === "identity"), ...services.filter((s) => s.name !== "identity")]
  : [undefined, ...services];
// Identity first: the others fetch its signing keys.
if (first) await startService(first);
await Promise.all(rest.map(startService));
await checkpoint();

const shell = launch("shell", ["--import", "tsx", "server/main.ts"], join(repoRoot, "shell"), {
  ...env,
  ...urlVariables,
  SERVICE_URLS: JSON.stringify(urls),
  PORT: String(shellPort),
  HOST: shellHost,
  STATIC_DIR: storeDir,
});
try {
  await waitUntilReady(`${localShellUrl}/api/shell/health`, { exited: shell.exited, timeoutMs: 60_000 });
} catch (error) {
  await fail(`The shell server did not start: ${error.message}`, shell);
}
await checkpoint();

const failures = await deployAll();
await checkpoint();
say("");
say(`Orbis is running on ${publicShellUrl}`);
if (demo) say(`Demo accounts (password orbis-demo): ${DEMO_ACCOUNTS}`);
else say("No demo data (ORBIS_DEMO=0): create the first admin with `pnpm create-admin`.");
if (failures.length) say(`Not deployed: ${failures.join(" | ")}`);
say("Ctrl-C to stop.");
