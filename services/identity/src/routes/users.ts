import { CreateUser, UpdateUser, User, UserPage, UserQuery } from "@orbis/contracts/identity";
import {
  createRouter,
  defineRoute,
  findOr404,
  HttpProblem,
  jsonBody,
  jsonResponse,
  principalOf,
  recordAudit,
  updateVersioned,
  type FieldError,
} from "@orbis/service-kit";
import { and, arrayContains, asc, count, eq, ilike, or, type SQL } from "drizzle-orm";
import { hashSecret, passwordWeakness } from "../auth/password";
import { audit, users, type UserRow } from "../db/schema";
import { UserParams } from "../domain/api-schemas";
import { assertDepartmentsAssignable, isUniqueViolation, roleScopeErrors, type DepartmentRef } from "../domain/references";
import { revokeUserSessions } from "../domain/refresh-sessions";
import { toUser } from "../domain/users";
import type { RouteContext } from "./context";

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** `%` and `_` typed in a search box are literal characters, not patterns. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

function duplicateEmail(email: string) {
  return new HttpProblem("duplicate", `An account with the email ${email} already exists.`, {
    errors: [{ path: "body.email", message: "Already used by another account" }],
  });
}

function weakPasswordError(password: string | undefined, context: { email: string; name: string }): FieldError[] {
  const weakness = password === undefined ? null : passwordWeakness(password, context);
  return weakness ? [{ path: "body.password", message: weakness }] : [];
}

/** Staff accounts, their roles and department scopes (administrators only). */
export function userRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/users",
      tags: ["users"],
      summary: "Search accounts by name or email, role and status",
      access: { roles: ["admin"] },
      request: { query: UserQuery },
      responses: { 200: jsonResponse(UserPage, "A page of accounts") },
    }),
    async (c) => {
      const query = c.req.valid("query");
      const conditions: SQL[] = [];
      if (query.q?.trim()) {
        const pattern = likePattern(query.q.trim());
        conditions.push(or(ilike(users.email, pattern), ilike(users.name, pattern))!);
      }
      if (query.role) conditions.push(arrayContains(users.roles, [query.role]));
      if (query.active) conditions.push(eq(users.active, query.active === "true"));
      const where = conditions.length ? and(...conditions) : undefined;
      const [rows, [total]] = await Promise.all([
        db.select().from(users).where(where).orderBy(asc(users.name), asc(users.email)).limit(query.limit).offset(query.offset),
        db.select({ n: count() }).from(users).where(where),
      ]);
      return c.json({ items: rows.map(toUser), total: total?.n ?? 0 }, 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/users",
      tags: ["users"],
      summary: "Create an account",
      access: { roles: ["admin"] },
      request: jsonBody(CreateUser),
      responses: { 201: jsonResponse(User, "Created") },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const roles = unique(input.roles);
      const scopes = unique(input.scopes);
      const errors = [...roleScopeErrors(roles, scopes), ...weakPasswordError(input.password, input)];
      if (errors.length) throw new HttpProblem("validation", "Some fields are invalid.", { errors });
      const refs: DepartmentRef[] = [
        ...(input.department ? [{ path: "body.department", code: input.department }] : []),
        ...input.scopes.map((code, i) => ({ path: `body.scopes.${i}`, code })),
      ];
      const passwordHash = input.password ? await hashSecret(input.password) : null;
      try {
        const created = await db.transaction(async (tx) => {
          await assertDepartmentsAssignable(tx, refs);
          const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
          if (taken) throw duplicateEmail(input.email);
          const [row] = await tx
            .insert(users)
            .values({ email: input.email, name: input.name, department: input.department, roles, scopes, passwordHash })
            .returning();
          await recordAudit(tx, audit, c, { action: "create", entity: "user", entityId: row!.id, after: toUser(row!) });
          return row!;
        });
        return c.json(toUser(created), 201);
      } catch (err) {
        // Two admins creating the same email at once: the unique index decides.
        if (isUniqueViolation(err)) throw duplicateEmail(input.email);
        throw err;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/users/{id}",
      tags: ["users"],
      summary: "One account",
      access: { roles: ["admin"] },
      request: { params: UserParams },
      responses: { 200: jsonResponse(User, "The account") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const [row] = await db.select().from(users).where(eq(users.id, id));
      if (!row) throw new HttpProblem("not_found", `No user with id ${id}.`);
      return c.json(toUser(row), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "patch",
      path: "/users/{id}",
      tags: ["users"],
      summary: "Change an account (name, department, roles, scopes, status, password); needs the version read",
      access: { roles: ["admin"] },
      request: { params: UserParams, ...jsonBody(UpdateUser) },
      responses: {
        200: jsonResponse(User, "Updated"),
        422: { description: "An administrator tried to demote or deactivate themselves" },
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const me = principalOf(c);
      const updated = await db.transaction(async (tx) => {
        const before: UserRow = await findOr404(tx, users, id, "user");
        const roles = patch.roles ? unique(patch.roles) : before.roles;
        // Dropping the coordinator role without saying anything about scopes drops the scopes too.
        const scopes = patch.scopes ? unique(patch.scopes) : roles.includes("coordinator") ? before.scopes : [];
        const errors = [
          ...roleScopeErrors(roles, scopes),
          ...weakPasswordError(patch.password, { email: before.email, name: patch.name ?? before.name }),
        ];
        if (errors.length) throw new HttpProblem("validation", "Some fields are invalid.", { errors });
        if (id === me.sub && !roles.includes("admin")) {
          throw new HttpProblem("unprocessable", "You cannot remove your own admin role: ask another administrator.");
        }
        if (id === me.sub && patch.active === false) {
          throw new HttpProblem("unprocessable", "You cannot deactivate your own account: ask another administrator.");
        }
        const refs: DepartmentRef[] = [
          ...(patch.department && patch.department !== before.department ? [{ path: "body.department", code: patch.department }] : []),
          ...(patch.scopes ?? [])
            .map((code, i) => ({ path: `body.scopes.${i}`, code }))
            .filter((ref) => !before.scopes.includes(ref.code)),
        ];
        await assertDepartmentsAssignable(tx, refs);
        const row = await updateVersioned(tx, users, id, patch.version, {
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.department !== undefined ? { department: patch.department } : {}),
          ...(patch.active !== undefined ? { active: patch.active } : {}),
          ...(patch.password !== undefined ? { passwordHash: await hashSecret(patch.password) } : {}),
          roles,
          scopes,
        });
        if (before.active && !row.active) await revokeUserSessions(tx, id, "deactivated");
        else if (patch.password !== undefined) await revokeUserSessions(tx, id, "password_reset");
        await recordAudit(tx, audit, c, { action: "update", entity: "user", entityId: id, before: toUser(before), after: toUser(row) });
        if (patch.password !== undefined) await recordAudit(tx, audit, c, { action: "set_password", entity: "user", entityId: id });
        return row;
      });
      return c.json(toUser(updated), 200);
    },
  );

  return router;
}
