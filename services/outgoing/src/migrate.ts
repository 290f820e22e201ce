import { createLogger, serviceConfig } from "@orbis/service-kit";
import { openOutgoingDatabase } from "./db/database";

/** `pnpm migrate`: applies the outgoing schema's pending migrations and exits. */
const cfg = serviceConfig("outgoing", 4105);
const log = createLogger({ service: "outgoing" });
const database = await openOutgoingDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
  await database.migrate();
  const status = await database.status();
  log.info("migrations applied", { applied: status.applied, expected: status.expected, driver: database.kind });
} finally {
  await database.close();
}
