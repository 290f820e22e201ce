import type { Context } from "hono";
import type { Db } from "@orbis/db";
import { recordAudit, type AuditEntry, type ServiceEnv } from "@orbis/service-kit";
import { audit } from "../db/schema/index";

/** Records a change in the Erasmus+ audit trail, in the caller's transaction. */
export const audited = (tx: Db, c: Context<ServiceEnv>, entry: AuditEntry) => recordAudit(tx, audit, c, entry);

/** Who is acting, for history rows. */
export const actorOf = (c: Context<ServiceEnv>) => c.var.principal?.email ?? c.var.principal?.sub ?? "system";
