import { resolve } from "node:path";
import { createLogger, jwksVerifier, serviceConfig, startService } from "@orbis/service-kit";
import { buildApp } from "./app";
import { openDatabase } from "./db/open";
import { defaultSharedDepsManifestPath } from "./shared-deps";

const cfg = serviceConfig("registry", 4102);
const log = createLogger({ service: "registry" });
const database = await openDatabase(cfg);
await database.migrate();
// No demo seed: in demo mode the deploy command publishes every module at start, like a real deployment.
const sharedDepsManifest = process.env.SHARED_DEPS_MANIFEST ? resolve(process.env.SHARED_DEPS_MANIFEST) : defaultSharedDepsManifestPath();
const service = buildApp({ database, verifier: jwksVerifier(cfg.identityUrl), sharedDepsManifest, logger: log });
log.info("starting", { driver: database.kind, sharedDepsManifest, demo: cfg.demo });
await startService(service, { port: cfg.port, hostname: cfg.hostname, onShutdown: () => database.close() });
