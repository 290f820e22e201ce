import { createLogger, serviceConfig } from "@orbis/service-kit";
import { openIncomingDatabase } from "./db/database";

/** `pnpm migrate`: applies the incoming schema's pending migrations and exits. */
const cfg = serviceConfig("incoming", 4104);
const log = createLogger({ service: "incoming" });
const database = await openIncomingDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
  await database.migrate();
  const status = await database.status();
  log.info("migrations applied", { applied: status.applied, expected: status.expected, driver: database.kind });
} finally {
  await database.close();
}
