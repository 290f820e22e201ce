import { createLogger, jwksVerifier, serviceConfig, serviceTokenProvider, startService } from "@orbis/service-kit";
import { buildApp } from "./app";
import { createAgreementsClient } from "./clients/agreements";
import { openIncomingDatabase } from "./db/database";

const cfg = serviceConfig("incoming", 4104);
const log = createLogger({ service: "incoming" });
const database = await openIncomingDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
await database.migrate();
if (cfg.demo) {
  // Loaded only in demo mode: production never generates the demo universe.
  const { seedDemo, demoIncomingData } = await import("./seed/demo");
  const seeded = await seedDemo(database.db, demoIncomingData());
  log.info("demo data seeded", seeded);
}
const token = serviceTokenProvider({
  identityUrl: cfg.identityUrl,
  clientId: process.env.SERVICE_CLIENT_ID ?? "incoming-service",
  clientSecret: process.env.SERVICE_CLIENT_SECRET ?? (cfg.demo ? "orbis-demo-incoming" : ""),
});
const agreements = createAgreementsClient({ baseUrl: process.env.AGREEMENTS_URL ?? "http://127.0.0.1:4106", token });
const service = buildApp({ database, verifier: jwksVerifier(cfg.identityUrl), agreements, logger: log });
log.info("starting", { driver: database.kind, demo: cfg.demo });
await startService(service, { port: cfg.port, hostname: cfg.hostname, onShutdown: () => database.close() });
