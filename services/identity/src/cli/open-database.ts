import { serviceConfig } from "@orbis/service-kit";
import { openIdentityDatabase, type IdentityDatabase } from "../db/database";

/**
 * Opens and migrates identity's database for a command. A PGlite folder admits one process at a time and has
 * no lock of its own, so the command refuses to run while the identity service answers on its port.
 */
export async function openDatabaseForCommand(): Promise<IdentityDatabase> {
  const cfg = serviceConfig("identity", 4101);
  if (!cfg.databaseUrl) {
    const running = await fetch(`http://${cfg.hostname}:${cfg.port}/api/identity/health`, { signal: AbortSignal.timeout(1500) }).then(
      (r) => r.ok,
      () => false,
    );
    if (running) {
      throw new Error(
        `The identity service is running on port ${cfg.port} with the embedded database in ${cfg.dataDir}: stop it first ` +
          "(an embedded database folder can only be opened by one process), or set DATABASE_URL.",
      );
    }
  }
  const database = await openIdentityDatabase({ url: cfg.databaseUrl, dataDir: cfg.dataDir });
  await database.migrate();
  return database;
}
