import { parseArgs } from "node:util";
import { AccountError, checkAdminInput, createAdminAccount } from "../accounts/first-admin";
import { openDatabaseForCommand } from "./open-database";
import { readSecret } from "./prompt";

/**
 * `pnpm create-admin --email you@univ.example --name "Your Name"`: the first administrator outside demo mode.
 * The password comes from ORBIS_ADMIN_PASSWORD, else it is asked for (twice) on the terminal.
 */
const USAGE = 'Usage: pnpm create-admin --email you@univ.example --name "Your Name"  (password: ORBIS_ADMIN_PASSWORD or prompt)';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, help: { type: "boolean" } } });
  if (values.help || !values.email || !values.name) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  let password = process.env.ORBIS_ADMIN_PASSWORD ?? "";
  if (!password) {
    password = await readSecret("Password (12+ characters): ");
    if (process.stdin.isTTY && (await readSecret("Again: ")) !== password) {
      console.error("The two passwords differ.");
      return 1;
    }
  }
  const input = { email: values.email, name: values.name, password };
  try {
    checkAdminInput(input);
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
    const user = await createAdminAccount(database.db, input);
    process.stdout.write(`Administrator ${user.email} created (id ${user.id}).\n`);
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
