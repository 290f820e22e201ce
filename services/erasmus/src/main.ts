import { createLogger, jwksVerifier, serviceConfig, serviceTokenProvider, startService } from "@orbis/service-kit";
import { buildApp } from "./app";
import { createOutgoingClient } from "./clients/outgoing";
import { openErasmusDatabase } from "./db/database";

const cfg = serviceConfig("erasmus", 4103);
const log = createLogger({ service: "erasmus" });
const database = await openErasmusDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
await database.migrate();
if (cfg.demo) {
  // Loaded only in demo mode: production never generates the demo universe.
  const { seedDemo } = await import("./seed/demo");
  const seeded = await seedDemo(database.db);
  log.info("demo data seeded", seeded);
}
const token = serviceTokenProvider({
  identityUrl: cfg.identityUrl,
  clientId: process.env.SERVICE_CLIENT_ID ?? "erasmus-service",
  clientSecret: process.env.SERVICE_CLIENT_SECRET ?? (cfg.demo ? "orbis-demo-erasmus" : ""),
});
const outgoing = createOutgoingClient({ baseUrl: process.env.OUTGOING_URL ?? "http://127.0.0.1:4105", token });
const service = buildApp({ database, verifier: jwksVerifier(cfg.identityUrl), outgoing, logger: log });
log.info("starting", { driver: database.kind, demo: cfg.demo });
await startService(service, { port: cfg.port, hostname: cfg.hostname, onShutdown: () => database.close() });
