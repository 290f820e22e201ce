import { createLogger, serviceConfig } from "@orbis/service-kit";
import { openIdentityDatabase } from "./db/database";

/** `pnpm migrate`: applies identity's pending migrations and exits. */
const cfg = serviceConfig("identity", 4101);
const log = createLogger({ service: "identity" });
const database = await openIdentityDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
  await database.migrate();
  const status = await database.status();
  log.info("migrations applied", { applied: status.applied, expected: status.expected, driver: database.kind });
} finally {
  await database.close();
}
