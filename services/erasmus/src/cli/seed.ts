import { createLogger, serviceConfig } from "@orbis/service-kit";
import { demoScale } from "@orbis/demo-data";
import { openErasmusDatabase } from "../db/database";
import { seedDemo } from "../seed/demo";

/** `pnpm seed` (ORBIS_SEED_SCALE=N): adds the Erasmus+ slice of the demo universe; existing rows are kept. */
const cfg = serviceConfig("erasmus", 4103);
const log = createLogger({ service: "erasmus" });
if (!cfg.databaseUrl) {
  // A PGlite folder admits one process at a time.
  const running = await fetch(`http://${cfg.hostname}:${cfg.port}/api/erasmus/health`, { signal: AbortSignal.timeout(1500) }).then(
    (r) => r.ok,
    () => false,
  );
  if (running) {
    console.error(`The Erasmus+ service is running on port ${cfg.port} with the embedded database in ${cfg.dataDir}: stop it first, or set DATABASE_URL.`);
    process.exit(1);
  }
}
const database = await openErasmusDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
  await database.migrate();
  const started = performance.now();
  
  const seeded = await seedDemo(database.db);
  log.info("demo data seeded", { ...seeded, scale: demoScale(), ms: Math.round(performance.now() - started) });
} finally {
  await database.close();
}
