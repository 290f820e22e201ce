import { createLogger, serviceConfig } from "@orbis/service-kit";
import { openAgreementsDatabase } from "./db/database";

/** `pnpm migrate`: applies the agreements schema's pending migrations and exits. */
const cfg = serviceConfig("agreements", 4106);
const log = createLogger({ service: "agreements" });
const database = await openAgreementsDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
try {
  await database.migrate();
  const status = await database.status();
  log.info("migrations applied", { applied: status.applied, expected: status.expected, driver: database.kind });
} finally {
  await database.close();
}
