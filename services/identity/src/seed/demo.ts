import type { Role, ServiceRole } from "@orbis/contracts/common";
import type { Db } from "@orbis/db";
import { recordAudit } from "@orbis/service-kit";
import { hashSecret } from "../auth/password";
import { audit, departments, serviceClients, users } from "../db/schema";
import { toUser } from "../domain/users";

export const DEMO_PASSWORD = "orbis-demo";

/** The slice of the demo universe identity owns. */
export interface DemoIdentityData {
  departments: ReadonlyArray<{ code: string; nameFr: string; nameEn: string }>;
  staff: ReadonlyArray<{
    id: string;
    email: string;
    name: string;
    department: string | null;
    roles: ReadonlyArray<Role>;
    scopes: ReadonlyArray<string>;
  }>;
}

const POLES = ["erasmus", "incoming", "outgoing", "agreements", "governance", "registry"] as const;

/** Demo service clients: the deployer, the analytics job and one client per pole service. */
export const DEMO_CLIENTS: ReadonlyArray<{ clientId: string; name: string; roles: ServiceRole[]; secret: string }> = [
  { clientId: "deployer", name: "Module deployer", roles: ["deployer"], secret: "orbis-demo-deployer" },
  { clientId: "analytics", name: "Analytics warehouse", roles: ["analytics"], secret: "orbis-demo-analytics" },
  ...POLES.map((pole) => ({ clientId: `${pole}-service`, name: `${pole} service`, roles: ["service" as const], secret: `orbis-demo-${pole}` })),
];

const SYSTEM = { actor: "system", actorKind: "system" };

/** scrypt is deliberately slow: hash a few at a time rather than one after the other. */
async function hashAll(count: number, secret: (i: number) => string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < count; i += 4) {
    const batch = Array.from({ length: Math.min(4, count - i) }, (_, j) => hashSecret(secret(i + j)));
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

/**
 * Seeds departments, accounts with roles (password `orbis-demo`) and the demo service clients. Idempotent:
 * what exists (by code, email, id or client id) is left as it is, so a restart neither duplicates nor resets.
 */
export async function seedDemo(db: Db, data: DemoIdentityData) {
  const accounts = data.staff.filter((s) => s.roles.length > 0);
  const existingUsers = new Set((await db.select({ id: users.id, email: users.email }).from(users)).flatMap((u) => [u.id, u.email]));
  const newAccounts = accounts.filter((s) => !existingUsers.has(s.id) && !existingUsers.has(s.email.toLowerCase()));
  const existingClients = new Set((await db.select({ id: serviceClients.clientId }).from(serviceClients)).map((c) => c.id));
  const newClients = DEMO_CLIENTS.filter((c) => !existingClients.has(c.clientId));

  const userHashes = await hashAll(newAccounts.length, () => DEMO_PASSWORD);
  const clientHashes = await hashAll(newClients.length, (i) => newClients[i]!.secret);

  return db.transaction(async (tx) => {
    const createdDepartments = data.departments.length
      ? await tx
          .insert(departments)
          .values(data.departments.map((d) => ({ code: d.code, nameFr: d.nameFr, nameEn: d.nameEn })))
          .onConflictDoNothing()
          .returning()
      : [];
    for (const d of createdDepartments) {
      await recordAudit(tx, audit, SYSTEM, { action: "seed", entity: "department", entityId: d.code, after: d });
    }

    const createdUsers = newAccounts.length
      ? await tx
          .insert(users)
          .values(
            newAccounts.map((s, i) => ({
              id: s.id,
              email: s.email.toLowerCase(),
              name: s.name,
              department: s.department,
              roles: [...new Set(s.roles)],
              scopes: s.roles.includes("coordinator") ? [...new Set(s.scopes)] : [],
              passwordHash: userHashes[i]!,
            })),
          )
          .onConflictDoNothing()
          .returning()
      : [];
    for (const u of createdUsers) {
      await recordAudit(tx, audit, SYSTEM, { action: "seed", entity: "user", entityId: u.id, after: toUser(u) });
    }

    const createdClients = newClients.length
      ? await tx
          .insert(serviceClients)
          .values(newClients.map((c, i) => ({ clientId: c.clientId, name: c.name, roles: c.roles, secretHash: clientHashes[i]! })))
          .onConflictDoNothing()
          .returning({ clientId: serviceClients.clientId, roles: serviceClients.roles })
      : [];
    for (const c of createdClients) {
      await recordAudit(tx, audit, SYSTEM, { action: "seed", entity: "service_client", entityId: c.clientId, after: c });
    }

    return { departments: createdDepartments.length, users: createdUsers.length, clients: createdClients.length };
  });
}
