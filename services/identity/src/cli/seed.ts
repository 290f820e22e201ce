import { createLogger } from "@orbis/service-kit";
import { demoScale } from "@orbis/demo-data";
import { seedDemo } from "../seed/demo";
import { demoIdentityData } from "../seed/demo-universe";
import { openDatabaseForCommand } from "./open-database";

/** `pnpm seed` (ORBIS_SEED_SCALE=N): adds identity's slice of the demo universe; existing rows are kept. */
const log = createLogger({ service: "identity" });
let database;
try {
  database = await openDatabaseForCommand();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
try {
  const seeded = await seedDemo(database.db, demoIdentityData());
  log.info("demo data seeded", { ...seeded, scale: demoScale() });
} finally {
  await database.close();
}
