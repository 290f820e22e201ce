import { createLogger, serviceConfig } from "@orbis/service-kit";
import { openDatabase } from "./db/open";

const cfg = serviceConfig("registry", 4102);
const log = createLogger({ service: "registry" });
const database = await openDatabase(cfg);
try {
  await database.migrate();
  const status = await database.status();
  log.info("migrated", { driver: database.kind, applied: status.applied, expected: status.expected });
} finally {
  await database.close();
}
