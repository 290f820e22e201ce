import { createLogger, jwksVerifier, serviceConfig, startService } from "@orbis/service-kit";
import { buildApp } from "./app";
import { openAgreementsDatabase } from "./db/database";
import { advanceStatuses, DEFAULT_EXPIRING_HORIZON_MONTHS } from "./domain/status-clock";

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
const horizonMonths = Number(process.env.EXPIRING_HORIZON_MONTHS ?? DEFAULT_EXPIRING_HORIZON_MONTHS);
const tick = () =>
  advanceStatuses(database.db, new Date(), horizonMonths).then(
    (moved) => log.info("status clock", moved),
    (err: Error) => log.error("status clock failed", { err: err.message }),
  );
await tick();
// Agreements expire with the calendar: checked at start and every six hours.
const clock = setInterval(tick, 6 * 3600_000);
clock.unref();
const service = buildApp({ database, verifier: jwksVerifier(cfg.identityUrl), logger: log });
log.info("starting", { driver: database.kind, demo: cfg.demo });
await startService(service, { port: cfg.port, hostname: cfg.hostname, onShutdown: () => database.close() });
