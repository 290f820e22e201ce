import { parseArgs } from "node:util";
import { AccountError } from "../accounts/first-admin";
import { checkClientInput, createServiceClient } from "../accounts/service-client";
import { openDatabaseForCommand } from "./open-database";

/**
 * `pnpm create-client --id erasmus-service --roles service [--name "Erasmus service"] [--rotate]`: a client of the
 * client-credentials grant. Prints the secret once; only its hash is kept.
 */
const USAGE = "Usage: pnpm create-client --id <client-id> --roles service|deployer|analytics[,...] [--name <label>] [--rotate]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { id: { type: "string" }, roles: { type: "string" }, name: { type: "string" }, rotate: { type: "boolean" }, help: { type: "boolean" } },
  });
  if (values.help || !values.id || !values.roles) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const input = {
    clientId: values.id,
    name: values.name,
    roles: values.roles.split(",").map((r) => r.trim()).filter(Boolean),
    rotate: values.rotate,
  };
  try {
    checkClientInput(input);
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
  let database;
  try {
    database = await openDatabaseForCommand();
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
  try {
    const client = await createServiceClient(database.db, input);
    process.stdout.write(
      `${client.rotated ? "New secret for" : "Created"} client ${client.clientId} (roles: ${client.roles.join(", ")}).\n` +
        `Secret (shown once, store it now): ${client.secret}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof AccountError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
