import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PublishVersion } from "@orbis/contracts/registry";
import { apiCaller, createTestDatabase, createTestSigner, principalFor } from "@orbis/test-kit";
import { buildApp } from "../src/app";
import { MIGRATIONS_FOLDER, SCHEMA_NAME } from "../src/db/database";
import { registryTables } from "../src/db/schema";

/** A registry on a fresh test database (PGlite, or PostgreSQL with TEST_DATABASE_URL) and a temporary manifest path. */
export async function startRegistry() {
  process.env.LOG_LEVEL = "silent";
  const signer = await createTestSigner();
  const database = await createTestDatabase({ schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema: registryTables });
  const dir = await mkdtemp(join(tmpdir(), "orbis-registry-"));
  const manifestPath = join(dir, "manifest.json");
  const service = buildApp({ database, verifier: signer.verifier, sharedDepsManifest: manifestPath });
  const call = apiCaller(service.root, "/api/registry");
  const tokenFor = (role: string, departments: string[] = []) => signer.sign(principalFor(role, departments));
  return {
    signer,
    database,
    db: database.db,
    service,
    call,
    manifestPath,
    tokenFor,
    writeManifest: (manifest: unknown) => writeFile(manifestPath, JSON.stringify(manifest)),
    async close() {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
export type Registry = Awaited<ReturnType<typeof startRegistry>>;

/** An SRI-shaped hash that differs per build. */
export const sri = (seed: string) => `sha384-${Buffer.from(seed.padEnd(48, "=")).toString("base64")}`;

/** A publish body for `name@version`, files in the version's static folder; metadata included unless bare. */
export function build(
  name: string,
  version: string,
  metadata: Partial<Pick<PublishVersion, "route" | "framework" | "roles" | "label" | "order">> | "bare" = {},
): Record<string, unknown> {
  const files = {
    version,
    entryUrl: `/static/${name}/${version}/spa-${version}.js`,
    cssUrls: [`/static/${name}/${version}/style-${version}.css`],
    integrity: sri(`${name}@${version}`),
  };
  if (metadata === "bare") return files;
  return {
    ...files,
    route: `/${name}`,
    framework: "react",
    roles: [name === "admin" ? "admin" : "erasmus"],
    label: { fr: `Module ${name}`, en: `${name} module` },
    ...metadata,
  };
}

export const paths = (problem: { errors?: Array<{ path: string }> }) => (problem.errors ?? []).map((e) => e.path).sort();
