// Deploys one module: build, copy into the static store under <name>/<version>/, publish to the registry.
import { spawnSync } from "node:child_process";
import { cp, mkdir, readFile, rename, rm, stat } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import { callJson } from "./http.mjs";
import { repoRoot } from "./paths.mjs";

const MODULE_NAME = /^[a-z][a-z0-9-]{1,39}$/;

export class DeployFailed extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "DeployFailed";
  }
}

/** `admin` -> modules/admin; a path with a slash (analytics/dashboards) is taken as a folder of the repository. */
export function moduleDirOf(target) {
  const dir = target.includes("/") ? target : join("modules", target);
  return isAbsolute(dir) ? dir : join(repoRoot, dir);
}

async function readJson(path, what) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new DeployFailed(`${what} not found: ${path}`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DeployFailed(`${what} is not valid JSON: ${path}`, { cause: error });
  }
}

/** The package.json `orbis` field: { module, route, framework, roles, label, order? }. */
export async function readModulePackage(dir) {
  const pkg = await readJson(join(dir, "package.json"), "package.json");
  const orbis = pkg.orbis;
  const problems = [];
  if (!orbis || typeof orbis !== "object") problems.push('no "orbis" field');
  else {
    if (!MODULE_NAME.test(orbis.module ?? "")) problems.push("orbis.module must be a lowercase name");
    if (!/^\/[a-z0-9-]+$/.test(orbis.route ?? "")) problems.push('orbis.route must look like "/erasmus"');
    if (!["react", "vue"].includes(orbis.framework)) problems.push('orbis.framework must be "react" or "vue"');
    if (!Array.isArray(orbis.roles) || orbis.roles.length === 0) problems.push("orbis.roles must list at least one role");
    if (!orbis.label?.fr || !orbis.label?.en) problems.push("orbis.label needs fr and en");
  }
  if (typeof pkg.version !== "string" || !pkg.version) problems.push("no version");
  if (problems.length) throw new DeployFailed(`${join(dir, "package.json")}: ${problems.join("; ")}`);
  return { packageName: pkg.name, version: pkg.version, orbis };
}

/** dist/orbis-module.json as written by @orbis/microfrontend's Vite preset. */
export async function readModuleManifest(dir) {
  const manifest = await readJson(join(dir, "dist", "orbis-module.json"), "Build manifest (is the module built?)");
  const ok =
    typeof manifest.name === "string" &&
    typeof manifest.entry === "string" &&
    Array.isArray(manifest.css) &&
    typeof manifest.integrity === "string" &&
    typeof manifest.contentHash === "string" &&
    manifest.contentHash.length >= 8;
  if (!ok) throw new DeployFailed(`${join(dir, "dist", "orbis-module.json")} lacks name, entry, css, integrity or contentHash`);
  return manifest;
}

/** `<package version>-<first 8 of the build's content hash>`: a new build gets a new version, the same build the same one. */
export const versionOf = (packageVersion, contentHash) => `${packageVersion}-${contentHash.slice(0, 8)}`;

function build(dir, log) {
  const filter = `./${relative(repoRoot, dir)}`;
  log(`building (pnpm --filter ${filter} build)`);
  const result = spawnSync("pnpm", ["--filter", filter, "build"], { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) throw new DeployFailed(`the build failed (exit ${result.status ?? result.signal})`);
}

const exists = (path) => stat(path).then(() => true, () => false);

/** Copies dist/ into the store, atomically (temp folder + rename); a version already there is left as is. */
async function copyToStore(distDir, targetDir) {
  if (await exists(targetDir)) return false;
  await mkdir(join(targetDir, ".."), { recursive: true });
  const temp = `${targetDir}.tmp-${process.pid}-${Date.now()}`;
  await cp(distDir, temp, { recursive: true });
  try {
    await rename(temp, targetDir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    // Another deploy of the same build won the race: same content, nothing to do.
    if (await exists(targetDir)) return false;
    throw error;
  }
  return true;
}

async function deployToken(orbisUrl, clientId, clientSecret) {
  const { data } = await callJson(`${orbisUrl}/api/identity/token`, {
    method: "POST",
    body: { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret },
  });
  if (typeof data?.access_token !== "string") throw new DeployFailed("identity answered no access_token");
  return data.access_token;
}

/**
 * The version the registry serves now, from the public import map (`@orbis/<name>` -> /static/<name>/<version>/...),
 * or null when the module is not published or disabled (publishing again is then harmless: the registry answers
 * "unchanged" for a build it already has).
 */
async function currentVersionOf(orbisUrl, name) {
  const { data } = await callJson(`${orbisUrl}/api/registry/importmap.json`);
  const entry = data?.imports?.[`@orbis/${name}`];
  const match = typeof entry === "string" ? new RegExp(`^/static/${name}/([^/]+)/`).exec(entry) : null;
  return match ? match[1] : null;
}

/**
 * Builds (unless skipBuild), copies and publishes one module. Returns { name, version, outcome } with outcome
 * "published" (now current), "unchanged" (the registry already had this exact build) or "skipped" (--if-changed).
 *
 * @param {{ target: string, orbisUrl: string, storeDir: string, clientId: string, clientSecret: string,
 *   ifChanged?: boolean, skipBuild?: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ name: string, version: string, outcome: "published" | "unchanged" | "skipped" }>}
 */
export async function deployModule({
  target,
  orbisUrl,
  storeDir,
  clientId,
  clientSecret,
  ifChanged = false,
  skipBuild = false,
  log = () => {},
}) {
  const dir = moduleDirOf(target);
  const pkg = await readModulePackage(dir);
  const name = pkg.orbis.module;
  if (!skipBuild) build(dir, log);
  const manifest = await readModuleManifest(dir);
  if (manifest.name !== name) {
    throw new DeployFailed(`dist/orbis-module.json is for "${manifest.name}" but package.json says orbis.module "${name}"`);
  }
  const version = versionOf(pkg.version, manifest.contentHash);
  log(`version ${version}`);

  const targetDir = join(storeDir, name, version);
  const copied = await copyToStore(join(dir, "dist"), targetDir);
  log(copied ? `copied dist/ to ${targetDir}` : `files already in ${targetDir}`);

  if (ifChanged) {
    const current = await currentVersionOf(orbisUrl, name);
    if (current === version) {
      log(`already current (${version}): nothing to publish`);
      return { name, version, outcome: "skipped" };
    }
    log(current ? `current version is ${current}` : "not published yet");
  }

  const token = await deployToken(orbisUrl, clientId, clientSecret);
  const base = `/static/${name}/${version}/`;
  const publish = {
    version,
    entryUrl: `${base}${manifest.entry}`,
    cssUrls: manifest.css.map((file) => `${base}${file}`),
    integrity: manifest.integrity,
    route: pkg.orbis.route,
    framework: pkg.orbis.framework,
    roles: pkg.orbis.roles,
    label: pkg.orbis.label,
    ...(Number.isInteger(pkg.orbis.order) ? { order: pkg.orbis.order } : {}),
  };
  const { status, data } = await callJson(`${orbisUrl}/api/registry/modules/${name}/versions`, { method: "POST", token, body: publish });
  const outcome = status === 201 ? "published" : "unchanged";
  if (outcome === "published") log(`published: ${publish.entryUrl} is now current`);
  else if (data?.currentVersion && data.currentVersion !== version) {
    log(`the registry already had ${version} but serves ${data.currentVersion} (rolled back?): roll forward from the admin module or POST /api/registry/modules/${name}/rollback`);
  } else log(`the registry already had ${version}: unchanged`);
  return { name, version, outcome };
}
