import { createAgreementsClient, createLogger, jwksVerifier, serviceConfig, serviceTokenProvider, startService } from "@orbis/service-kit";
import { buildApp } from "./app";
import { createAnalyticsClient } from "./clients/analytics";
import { createIdentityClient } from "./clients/identity";
import { openGovernanceDatabase } from "./db/database";

const cfg = serviceConfig("governance", 4107);
const log = createLogger({ service: "governance" });
const database = await openGovernanceDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
await database.migrate();
if (cfg.demo) {
  // Loaded only in demo mode: production never generates the demo universe.
  const { seedDemo } = await import("./seed/demo");
  const seeded = await seedDemo(database.db);
  log.info("demo data seeded", seeded);
}
const token = serviceTokenProvider({
  identityUrl: cfg.identityUrl,
  clientId: process.env.SERVICE_CLIENT_ID ?? "governance-service",
  clientSecret: process.env.SERVICE_CLIENT_SECRET ?? (cfg.demo ? "orbis-demo-governance" : ""),
});
const agreements = createAgreementsClient({ baseUrl: process.env.AGREEMENTS_URL ?? "http://127.0.0.1:4106", token });
const analytics = createAnalyticsClient({ baseUrl: process.env.ANALYTICS_URL ?? "http://127.0.0.1:4108", token, logger: log });
const identity = createIdentityClient({ baseUrl: cfg.identityUrl, token });
const service = buildApp({ database, verifier: jwksVerifier(cfg.identityUrl), agreements, analytics, identity, logger: log });
log.info("starting", { driver: database.kind, demo: cfg.demo });
await startService(service, { port: cfg.port, hostname: cfg.hostname, onShutdown: () => database.close() });
