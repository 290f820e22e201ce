import { createLogger, serviceConfig, startService } from "@orbis/service-kit";
import { buildApp } from "./app";
import { openIdentityDatabase } from "./db/database";
import { seedDemo } from "./seed/demo";

const cfg = serviceConfig("identity", 4101);
const log = createLogger({ service: "identity" });
const database = await openIdentityDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
await database.migrate();
if (cfg.demo) {
  // Loaded only in demo mode: production never generates the demo universe.
  const { demoIdentityData } = await import("./seed/demo-universe");
  const seeded = await seedDemo(database.db, demoIdentityData());
  log.info("demo data seeded", seeded);
}
const { service } = await buildApp({
  database,
  signingKeyPem: process.env.IDENTITY_SIGNING_KEY,
  cookieSecure: process.env.COOKIE_SECURE === "1" || process.env.COOKIE_SECURE === "true",
  logger: log,
});
await startService(service, { port: cfg.port, hostname: cfg.hostname, onShutdown: () => database.close() });
