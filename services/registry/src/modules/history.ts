import type { Context } from "hono";
import type { Db } from "@orbis/db";
import { recordAudit, type ServiceEnv } from "@orbis/service-kit";
import { audit, events } from "../db/schema";
import { actorOf } from "./actor";

export interface ModuleChange {
  module: string;
  action: "publish" | "rollback" | "update";
  fromVersion: string | null;
  toVersion: string | null;
  before: unknown;
  after: unknown;
}

/** Every change to a module lands in the publish history and in the audit trail, inside the caller's transaction. */
export async function recordModuleChange(tx: Db, c: Context<ServiceEnv>, change: ModuleChange): Promise<void> {
  await tx.insert(events).values({
    module: change.module,
    action: change.action,
    fromVersion: change.fromVersion,
    toVersion: change.toVersion,
    actor: actorOf(c),
  });
  await recordAudit(tx, audit, c, {
    action: change.action,
    entity: "module",
    entityId: change.module,
    before: change.before,
    after: change.after,
  });
}
