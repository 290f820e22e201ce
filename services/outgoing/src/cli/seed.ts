import { createLogger, serviceConfig } from "@orbis/service-kit";
import { demoScale } from "@orbis/demo-data";
import { openOutgoingDatabase } from "../db/database";
import { demoOutgoingData, seedDemo } from "../seed/demo";

/** `pnpm seed` (ORBIS_SEED_SCALE=N): adds the outgoing slice of the demo universe; existing rows are kept. */
const cfg = serviceConfig("outgoing", 4105);
const log = createLogger({ service: "outgoing" });
if (!cfg.databaseUrl) {
  // A PGlite folder admits one process at a time.
  const running = await fetch(`http://${cfg.hostname}:${cfg.port}/api/outgoing/health`, { signal: AbortSignal.timeout(1500) }).then(
    (r) => r.ok,
    () => false,
  );
  if (running) {
    console.error(`The outgoing service is running on port ${cfg.port} with the embedded database in ${cfg.dataDir}: stop it first, or set DATABASE_URL.`);
    process.exit(1);
  }
}
const database = await openOutgoingDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
  await database.migrate();
  const started = performance.now();
  const timings: Record<string, number> = {};
  const seeded = await seedDemo(database.db, demoOutgoingData(), timings);
  log.info("demo data seeded", { ...seeded, scale: demoScale(), ms: Math.round(performance.now() - started), timings });
} finally {
  await database.close();
}
