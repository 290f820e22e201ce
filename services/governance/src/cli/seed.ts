import { createLogger, serviceConfig } from "@orbis/service-kit";
import { openGovernanceDatabase } from "../db/database";
import { seedDemo } from "../seed/demo";

/** `pnpm seed`: adds the governance slice of the demo universe; existing rows are kept. */
const cfg = serviceConfig("governance", 4107);
const log = createLogger({ service: "governance" });
const database = await openGovernanceDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
  await database.migrate();
  const started = performance.now();
  const seeded = await seedDemo(database.db);
  log.info("demo data seeded", { ...seeded, ms: Math.round(performance.now() - started) });
} finally {
  await database.close();
}
