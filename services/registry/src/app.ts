import { auditRoutes, createLogger, createService, type Logger, type TokenVerifier } from "@orbis/service-kit";
import { audit } from "./db/schema";
import type { RegistryDatabase } from "./db/database";
import { eventRoutes } from "./routes/events";
import { importMapRoutes } from "./routes/import-map";
import { moduleRoutes } from "./routes/modules";
import { navRoutes } from "./routes/nav";
import { rollbackRoutes } from "./routes/rollback";
import { versionRoutes } from "./routes/versions";
import { sharedDepsSource } from "./shared-deps";

export interface RegistryDeps {
  database: RegistryDatabase;
  verifier: TokenVerifier;
  /** Path of packages/shared-deps' manifest.json (read again whenever it changes). */
  sharedDepsManifest: string;
  logger?: Logger;
}

export function buildApp(deps: RegistryDeps) {
  const log = deps.logger ?? createLogger({ service: "registry" });
  const service = createService({
    name: "registry",
    title: "Orbis module registry",
    description: "Microfrontend modules, their published versions, the import map and the navigation the shell boots from.",
    verifier: deps.verifier,
    database: deps.database,
    logger: log,
  });
  const { db } = deps.database;
  service.api.route("/", importMapRoutes(db, sharedDepsSource(deps.sharedDepsManifest, log)));
  service.api.route("/", navRoutes(db));
  service.api.route("/", moduleRoutes(db));
  service.api.route("/", versionRoutes(db));
  service.api.route("/", rollbackRoutes(db));
  service.api.route("/", eventRoutes(db));
  service.api.route("/", auditRoutes(db, audit, { summary: "The registry's audit trail, newest first" }));
  return service;
}
