import { createLogger, jwksVerifier, serviceConfig, serviceTokenProvider, startService } from "@orbis/service-kit";
import { buildApp } from "./app";
import { createAgreementsClient } from "./clients/agreements";
import { openOutgoingDatabase } from "./db/database";

const cfg = serviceConfig("outgoing", 4105);
const log = createLogger({ service: "outgoing" });
const database = await openOutgoingDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
await database.migrate();
if (cfg.demo) {
  // Loaded only in demo mode: production never generates the demo universe.
  const { seedDemo, demoOutgoingData } = await import("./seed/demo");
  const timings: Record<string, number> = {};
  const seeded = await seedDemo(database.db, demoOutgoingData(), timings);
  log.info("demo data seeded", { ...seeded, timings });
}
const token = serviceTokenProvider({
  identityUrl: cfg.identityUrl,
  clientId: process.env.SERVICE_CLIENT_ID ?? "outgoing-service",
  clientSecret: process.env.SERVICE_CLIENT_SECRET ?? (cfg.demo ? "orbis-demo-outgoing" : ""),
});
const agreements = createAgreementsClient({ baseUrl: process.env.AGREEMENTS_URL ?? "http://127.0.0.1:4106", token });
const service = buildApp({ database, verifier: jwksVerifier(cfg.identityUrl), agreements, logger: log });
log.info("starting", { driver: database.kind, demo: cfg.demo });
await startService(service, { port: cfg.port, hostname: cfg.hostname, onShutdown: () => database.close() });
