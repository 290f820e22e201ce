import type { Role, ServiceRole } from "@orbis/contracts/common";
import { createAuditTable } from "@orbis/service-kit";
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgSchema, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { JWK } from "jose";

export const identitySchema = pgSchema("identity");

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** Academic departments: the units coordinators are scoped to. Codes never change; retire with `active`. */
export const departments = identitySchema.table("departments", {
  code: text("code").primaryKey(),
  nameFr: text("name_fr").notNull(),
  nameEn: text("name_en").notNull(),
  active: boolean("active").notNull().default(true),
  version: integer("version").notNull().default(1),
  ...timestamps,
});

/** Staff accounts. `scopes` (department codes) only matter for the coordinator role. */
export const users = identitySchema.table(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull().unique("users_email_unique"),
    name: text("name").notNull(),
    department: text("department").references(() => departments.code),
    /** `scrypt$N$r$p$salt$hash`; null until a password is set (the account cannot sign in). */
    passwordHash: text("password_hash"),
    roles: text("roles").array().notNull().$type<Role[]>(),
    scopes: text("scopes").array().notNull().default(sql`'{}'::text[]`).$type<string[]>(),
    active: boolean("active").notNull().default(true),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  () => [check("users_email_lowercase", sql`email = lower(email)`)],
);

/**
 * Refresh sessions. The id is the SHA-256 of the opaque token held in the refresh cookie, so a database
 * leak does not leak usable tokens. Rotation revokes a row and creates its successor in the same family.
 */
export const sessions = identitySchema.table(
  "sessions",
  {
    id: text("id").primaryKey(),
    familyId: uuid("family_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokeReason: text("revoke_reason"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_family_idx").on(t.familyId)],
);

/** The published half of a P-256 signing key, as it appears in the JWKS. */
export interface PublicJwk {
  kty: string;
  crv: string;
  x: string;
  y: string;
  kid: string;
  alg: string;
  use: string;
}

/** ES256 signing keys. The newest key that is not retired signs; every key not retired is published. */
export const signingKeys = identitySchema.table("signing_keys", {
  kid: text("kid").primaryKey(),
  algorithm: text("algorithm").notNull().default("ES256"),
  privateJwk: jsonb("private_jwk").notNull().$type<JWK>(),
  publicJwk: jsonb("public_jwk").notNull().$type<PublicJwk>(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp("retired_at", { withTimezone: true }),
});

/** Machine clients of the client-credentials grant (other services, the deployer, the analytics job). */
export const serviceClients = identitySchema.table("service_clients", {
  clientId: text("client_id").primaryKey(),
  name: text("name").notNull(),
  secretHash: text("secret_hash").notNull(),
  roles: text("roles").array().notNull().$type<ServiceRole[]>(),
  active: boolean("active").notNull().default(true),
  version: integer("version").notNull().default(1),
  ...timestamps,
});

export const audit = createAuditTable(identitySchema);

export const schema = { departments, users, sessions, signingKeys, serviceClients, audit };
export type IdentitySchema = typeof schema;
export type UserRow = typeof users.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type ServiceClientRow = typeof serviceClients.$inferSelect;
