import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "@orbis/db";
import type { ModuleEntry } from "@orbis/contracts/registry";
import type { UpdateModule } from "@orbis/contracts/registry";
import { HttpProblem, type ServiceEnv } from "@orbis/service-kit";
import type { z } from "zod";
import { modules } from "../db/schema";
import { recordModuleChange } from "./history";
import { toModuleEntry } from "./mappers";
import { assertModuleVersion, findVersion, lockModuleOr404 } from "./queries";

/** Admin edits of a module's metadata (who sees it, its label, its place in the menu, on or off). */
export async function updateModule(
  db: Db,
  c: Context<ServiceEnv>,
  name: string,
  input: z.infer<typeof UpdateModule>,
): Promise<ModuleEntry> {
  const changes = {
    ...(input.roles ? { roles: input.roles } : {}),
    ...(input.label ? { labelFr: input.label.fr, labelEn: input.label.en } : {}),
    ...(input.order !== undefined ? { order: input.order } : {}),
    ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
  };
  if (Object.keys(changes).length === 0) {
    throw new HttpProblem("validation", "Nothing to change: give roles, label, order or enabled.", {
      errors: [{ path: "body", message: "At least one of roles, label, order, enabled" }],
    });
  }
  return db.transaction(async (tx) => {
    const before = await lockModuleOr404(tx, name);
    assertModuleVersion(before, input.version);
    const [after] = await tx
      .update(modules)
      .set({ ...changes, version: sql`${modules.version} + 1`, updatedAt: new Date() })
      .where(eq(modules.name, name))
      .returning();
    await recordModuleChange(tx, c, { module: name, action: "update", fromVersion: null, toVersion: null, before, after });
    const current = after!.currentVersion ? await findVersion(tx, name, after!.currentVersion) : undefined;
    return toModuleEntry(after!, current ?? null);
  });
}
