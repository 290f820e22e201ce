import { Email } from "@orbis/contracts/identity";
import type { Db } from "@orbis/db";
import { recordAudit } from "@orbis/service-kit";
import { eq } from "drizzle-orm";
import { hashSecret, passwordWeakness } from "../auth/password";
import { audit, users } from "../db/schema";
import { toUser } from "../domain/users";

/** A refusal the command line reports as is (no stack trace). */
export class AccountError extends Error {}

/** Checks what can be checked without the database: a valid email, a name, a strong enough password. */
export function checkAdminInput(input: { email: string; name: string; password: string }): { email: string; name: string } {
  const email = Email.safeParse(input.email);
  if (!email.success) throw new AccountError(`Not a valid email: ${input.email}`);
  const name = input.name.trim();
  if (!name || name.length > 200) throw new AccountError("The name must have 1 to 200 characters.");
  const weakness = passwordWeakness(input.password, { email: email.data, name });
  if (weakness) throw new AccountError(`Password refused: ${weakness}.`);
  return { email: email.data, name };
}

/**
 * Creates an administrator account (no department needed, so it works on an empty database).
 * Refuses an invalid email, an empty name, a weak password and an email already in use.
 */
export async function createAdminAccount(db: Db, input: { email: string; name: string; password: string }) {
  const { email, name } = checkAdminInput(input);
  const passwordHash = await hashSecret(input.password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (taken) throw new AccountError(`An account with the email ${email} already exists.`);
    const [row] = await tx.insert(users).values({ email, name, roles: ["admin"], passwordHash }).returning();
    await recordAudit(tx, audit, { actor: "create-admin", actorKind: "cli" }, { action: "create", entity: "user", entityId: row!.id, after: toUser(row!) });
    return toUser(row!);
  });
}
