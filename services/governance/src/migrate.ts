import { createLogger, serviceConfig } from "@orbis/service-kit";
import { openGovernanceDatabase } from "./db/database";

/** `pnpm migrate`: applies the governance schema's pending migrations and exits. */
const cfg = serviceConfig("governance", 4107);
const log = createLogger({ service: "governance" });
const database = await openGovernanceDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
  await database.migrate();
  const status = await database.status();
  log.info("migrations applied", { applied: status.applied, expected: status.expected, driver: database.kind });
} finally {
  await database.close();
}
