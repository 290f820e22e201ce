import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "@orbis/db";
import type { ModuleEntry } from "@orbis/contracts/registry";
import { HttpProblem, type ServiceEnv } from "@orbis/service-kit";
import { modules } from "../db/schema";
import { recordModuleChange } from "./history";
import { toModuleEntry, toModuleVersion } from "./mappers";
import { assertModuleVersion, findVersion, lockModuleOr404 } from "./queries";

/** Makes an earlier (or any other published) version current again, if the caller saw the latest module record. */
export async function rollbackModule(
  db: Db,
  c: Context<ServiceEnv>,
  name: string,
  input: { version: number; to: string },
): Promise<ModuleEntry> {
  return db.transaction(async (tx) => {
    const before = await lockModuleOr404(tx, name);
    assertModuleVersion(before, input.version);
    const target = await findVersion(tx, name, input.to);
    if (!target) {
      throw new HttpProblem("not_found", `Module ${name} has no published version ${input.to}.`, {
        errors: [{ path: "body.to", message: "Not a published version of this module" }],
      });
    }
    if (before.currentVersion === input.to) {
      throw new HttpProblem("bad_request", `${input.to} is already the current version of ${name}.`, {
        errors: [{ path: "body.to", message: "Already the current version" }],
      });
    }
    const [after] = await tx
      .update(modules)
      .set({ currentVersion: input.to, version: sql`${modules.version} + 1`, updatedAt: new Date() })
      .where(eq(modules.name, name))
      .returning();
    await recordModuleChange(tx, c, {
      module: name,
      action: "rollback",
      fromVersion: before.currentVersion,
      toVersion: input.to,
      before,
      after: { ...after!, current: toModuleVersion(target) },
    });
    return toModuleEntry(after!, target);
  });
}
