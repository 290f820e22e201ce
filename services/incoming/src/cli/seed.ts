import { createLogger, serviceConfig } from "@orbis/service-kit";
import { demoScale } from "@orbis/demo-data";
import { openIncomingDatabase } from "../db/database";
import { demoIncomingData, seedDemo } from "../seed/demo";

/** `pnpm seed` (ORBIS_SEED_SCALE=N): adds the incoming slice of the demo universe; existing rows are kept. */
const cfg = serviceConfig("incoming", 4104);
const log = createLogger({ service: "incoming" });
if (!cfg.databaseUrl) {
  // A PGlite folder admits one process at a time.
  const running = await fetch(`http://${cfg.hostname}:${cfg.port}/api/incoming/health`, { signal: AbortSignal.timeout(1500) }).then(
    (r) => r.ok,
    () => false,
  );
  if (running) {
    console.error(`The incoming service is running on port ${cfg.port} with the embedded database in ${cfg.dataDir}: stop it first, or set DATABASE_URL.`);
    process.exit(1);
  }
}
const database = await openIncomingDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
  await database.migrate();
  const started = performance.now();
  const timings: Record<string, number> = {};
  const seeded = await seedDemo(database.db, demoIncomingData(), timings);
  log.info("demo data seeded", { ...seeded, scale: demoScale(), ms: Math.round(performance.now() - started), timings });
} finally {
  await database.close();
}
