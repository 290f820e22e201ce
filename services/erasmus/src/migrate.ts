import { createLogger, serviceConfig } from "@orbis/service-kit";
import { openErasmusDatabase } from "./db/database";

/** `pnpm migrate`: applies the erasmus schema's pending migrations and exits. */
const cfg = serviceConfig("erasmus", 4103);
const log = createLogger({ service: "erasmus" });
const database = await openErasmusDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
  await database.migrate();
  const status = await database.status();
  log.info("migrations applied", { applied: status.applied, expected: status.expected, driver: database.kind });
} finally {
  await database.close();
}
