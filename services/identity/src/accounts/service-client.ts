import { ServiceRole } from "@orbis/contracts/common";
import type { Db } from "@orbis/db";
import { recordAudit } from "@orbis/service-kit";
import { eq, sql } from "drizzle-orm";
import { newOpaqueToken } from "../auth/opaque-token";
import { hashSecret } from "../auth/password";
import { audit, serviceClients } from "../db/schema";
import { AccountError } from "./first-admin";

const CLIENT_ID = /^[a-z][a-z0-9-]{1,62}$/;

/** Checks the client id and roles before touching the database. */
export function checkClientInput(input: { clientId: string; roles: string[] }): ServiceRole[] {
  if (!CLIENT_ID.test(input.clientId)) throw new AccountError("The client id must be 2-63 lowercase letters, digits or dashes.");
  const roles = [...new Set(input.roles)];
  const invalid = roles.filter((r) => !ServiceRole.safeParse(r).success);
  if (roles.length === 0 || invalid.length) {
    throw new AccountError(`Roles must be among ${ServiceRole.options.join(", ")}${invalid.length ? ` (not: ${invalid.join(", ")})` : ""}.`);
  }
  return roles as ServiceRole[];
}

/**
 * Creates a service client with a fresh random secret, or gives an existing one a new secret (`rotate`).
 * Only the hash is stored: the returned secret is the one chance to see it.
 */
export async function createServiceClient(
  db: Db,
  input: { clientId: string; name?: string | undefined; roles: string[]; rotate?: boolean | undefined },
): Promise<{ clientId: string; secret: string; roles: ServiceRole[]; rotated: boolean }> {
  const roles = checkClientInput(input);
  const secret = newOpaqueToken();
  const secretHash = await hashSecret(secret);
  const who = { actor: "create-client", actorKind: "cli" };
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(serviceClients).where(eq(serviceClients.clientId, input.clientId)).for("update");
    if (existing && !input.rotate) throw new AccountError(`The client ${input.clientId} exists: pass --rotate to give it a new secret.`);
    const values = { name: input.name?.trim() || input.clientId, roles, secretHash, active: true };
    if (existing) {
      await tx
        .update(serviceClients)
        .set({ ...values, version: sql`${serviceClients.version} + 1`, updatedAt: new Date() })
        .where(eq(serviceClients.clientId, input.clientId));
    } else {
      await tx.insert(serviceClients).values({ clientId: input.clientId, ...values });
    }
    await recordAudit(tx, audit, who, {
      action: existing ? "rotate_secret" : "create",
      entity: "service_client",
      entityId: input.clientId,
      before: existing ? { name: existing.name, roles: existing.roles, active: existing.active } : undefined,
      after: { name: values.name, roles: values.roles, active: true },
    });
    return { clientId: input.clientId, secret, roles: values.roles, rotated: !!existing };
  });
}
