import { createLogger, serviceConfig } from "@orbis/service-kit";
import { demoScale } from "@orbis/demo-data";
import { openAgreementsDatabase } from "../db/database";
import { demoAgreementsData, seedDemo } from "../seed/demo";

/** `pnpm seed` (ORBIS_SEED_SCALE=N): adds the agreements slice of the demo universe; existing rows are kept. */
const cfg = serviceConfig("agreements", 4106);
const log = createLogger({ service: "agreements" });
if (!cfg.databaseUrl) {
  // A PGlite folder admits one process at a time.
  const running = await fetch(`http://${cfg.hostname}:${cfg.port}/api/agreements/health`, { signal: AbortSignal.timeout(1500) }).then(
    (r) => r.ok,
    () => false,
  );
  if (running) {
    console.error(`The agreements service is running on port ${cfg.port} with the embedded database in ${cfg.dataDir}: stop it first, or set DATABASE_URL.`);
    process.exit(1);
  }
}
const database = await openAgreementsDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
  await database.migrate();
  const started = performance.now();
  const seeded = await seedDemo(database.db, demoAgreementsData());
  log.info("demo data seeded", { ...seeded, scale: demoScale(), ms: Math.round(performance.now() - started) });
} finally {
  await database.close();
}
