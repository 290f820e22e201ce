import type { Role } from "@orbis/contracts/common";
import { createTestDatabase } from "@orbis/db/testing";
import { apiCaller, type ApiResult } from "@orbis/test-kit";
import { buildApp, type IdentityDeps } from "../src/app";
import { hashSecret } from "../src/auth/password";
import { MIGRATIONS_FOLDER, SCHEMA_NAME, type IdentityDatabase } from "../src/db/database";
import { departments, schema, users } from "../src/db/schema";

export const PASSWORD = "Correct-Horse-Battery-9";

export function testDatabase(): Promise<IdentityDatabase> {
  process.env.LOG_LEVEL = "silent";
  return createTestDatabase({ schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema });
}

/** The identity app on a database, and a caller for /api/identity/... */
export async function startIdentity(database: IdentityDatabase, deps: Omit<IdentityDeps, "database"> = {}) {
  const app = await buildApp({ database, ...deps });
  return { ...app, call: apiCaller(app.service.root, "/api/identity") };
}
export type Identity = Awaited<ReturnType<typeof startIdentity>>;

let counter = 0;
/** A unique client address per test, so the per-address login throttle of one test does not leak into another. */
export const freshAddress = () => `203.0.113.${++counter % 250}`;

export interface SetCookie {
  value: string;
  attributes: Record<string, string | true>;
}

/** Set-Cookie headers by cookie name, attribute names lowercased. */
export function setCookies(result: ApiResult): Record<string, SetCookie> {
  const out: Record<string, SetCookie> = {};
  for (const header of result.headers.getSetCookie()) {
    const [pair, ...attrs] = header.split(";").map((s) => s.trim());
    const eq = pair!.indexOf("=");
    const attributes: Record<string, string | true> = {};
    for (const a of attrs) {
      const i = a.indexOf("=");
      if (i < 0) attributes[a.toLowerCase()] = true;
      else attributes[a.slice(0, i).toLowerCase()] = a.slice(i + 1);
    }
    out[pair!.slice(0, eq)] = { value: decodeURIComponent(pair!.slice(eq + 1)), attributes };
  }
  return out;
}

export async function seedDepartment(database: IdentityDatabase, code: string, active = true) {
  await database.db
    .insert(departments)
    .values({ code, nameFr: `Département ${code}`, nameEn: `${code} department`, active })
    .onConflictDoNothing();
}

/** An account straight in the database (hashing included), for tests that need someone to sign in as. */
export async function seedUser(
  database: IdentityDatabase,
  input: { email: string; roles: Role[]; scopes?: string[]; name?: string; active?: boolean; password?: string | null },
) {
  const [row] = await database.db
    .insert(users)
    .values({
      email: input.email,
      name: input.name ?? input.email.split("@")[0]!,
      roles: input.roles,
      scopes: input.scopes ?? [],
      active: input.active ?? true,
      passwordHash: input.password === null ? null : await hashSecret(input.password ?? PASSWORD),
    })
    .returning();
  return row!;
}

/** Signs in and returns the answer plus the cookie values, ready to send back. */
export async function login(identity: Identity, email: string, password = PASSWORD, address = freshAddress()) {
  const result = await identity.call("POST", "/login", { body: { email, password }, headers: { "x-forwarded-for": address } });
  const cookies = setCookies(result);
  return {
    ...result,
    session: cookies.orbis_session?.value,
    refresh: cookies.orbis_refresh?.value,
    cookies,
  };
}

/** A user's session JWT, for calls made with `token`. */
export async function sessionToken(identity: Identity, email: string, password = PASSWORD): Promise<string> {
  const r = await login(identity, email, password);
  if (r.status !== 200 || !r.session) throw new Error(`login of ${email} failed: ${r.status} ${JSON.stringify(r.json)}`);
  return r.session;
}
