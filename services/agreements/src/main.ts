import { createLogger, jwksVerifier, serviceConfig, startService } from "@orbis/service-kit";
import { buildApp } from "./app";
import { openAgreementsDatabase } from "./db/database";

const cfg = serviceConfig("agreements", 4106);
const log = createLogger({ service: "agreements" });
const database = await openAgreementsDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
await database.migrate();
if (cfg.demo) {
  // Loaded only in demo mode: production never generates the demo universe.
  const { seedDemo, demoAgreementsData } = await import("./seed/demo");
  const seeded = await seedDemo(database.db, demoAgreementsData());
  log.info("demo data seeded", seeded);
}
const service = buildApp({ database, verifier: jwksVerifier(cfg.identityUrl), logger: log });
log.info("starting", { driver: database.kind, demo: cfg.demo });
await startService(service, { port: cfg.port, hostname: cfg.hostname, onShutdown: () => database.close() });
