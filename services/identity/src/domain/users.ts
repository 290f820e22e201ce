import type { Principal, User } from "@orbis/contracts/identity";
import type { UserRow } from "../db/schema";

/** The public shape of an account: never the password hash. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    department: row.department,
    roles: row.roles,
    scopes: row.scopes,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What a user's tokens say: department scopes travel as the `departments` claim, for coordinators only. */
export function principalForUser(row: UserRow): Principal {
  return {
    sub: row.id,
    kind: "user",
    email: row.email,
    name: row.name,
    roles: row.roles,
    departments: row.roles.includes("coordinator") ? [...row.scopes].sort() : [],
  };
}
