import { randomUUID } from "node:crypto";
import type { Db } from "@orbis/db";
import { and, eq, isNull, lt } from "drizzle-orm";
import { newOpaqueToken, tokenDigest } from "../auth/opaque-token";
import { REFRESH_SECONDS } from "../auth/cookies";
import { sessions, users, type UserRow } from "../db/schema";

/**
 * A rotated refresh token presented again within this delay is most likely two tabs refreshing at once:
 * refused, but not treated as theft. Later, a replay means the token leaked: the whole family is revoked.
 */
export const REUSE_GRACE_MS = 60_000;

export interface IssuedRefresh {
  token: string;
  expiresAt: Date;
}

/** Starts a refresh session at login. Its 12 h lifetime is absolute: rotation does not extend it. */
export async function openSession(tx: Db, userId: string, userAgent: string | undefined): Promise<IssuedRefresh> {
  const now = new Date();
  await tx.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
  const token = newOpaqueToken();
  const expiresAt = new Date(now.getTime() + REFRESH_SECONDS * 1000);
  await tx.insert(sessions).values({
    id: tokenDigest(token),
    familyId: randomUUID(),
    userId,
    expiresAt,
    userAgent: userAgent?.slice(0, 500) ?? null,
  });
  return { token, expiresAt };
}

export type RotateResult =
  | { ok: true; user: UserRow; refresh: IssuedRefresh }
  | { ok: false; reason: "unknown" | "expired" | "revoked" | "reused" | "inactive" };

/** Exchanges a refresh token for its successor, in one transaction; the old one stops working. */
export async function rotateSession(db: Db, token: string, userAgent: string | undefined): Promise<RotateResult> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx.select().from(sessions).where(eq(sessions.id, tokenDigest(token))).for("update");
    if (!row) return { ok: false, reason: "unknown" } as const;
    if (row.revokedAt) {
      if (row.revokeReason === "rotated" && now.getTime() - row.revokedAt.getTime() > REUSE_GRACE_MS) {
        await tx
          .update(sessions)
          .set({ revokedAt: now, revokeReason: "reused" })
          .where(and(eq(sessions.familyId, row.familyId), isNull(sessions.revokedAt)));
        return { ok: false, reason: "reused" } as const;
      }
      return { ok: false, reason: "revoked" } as const;
    }
    if (row.expiresAt <= now) return { ok: false, reason: "expired" } as const;
    const [user] = await tx.select().from(users).where(eq(users.id, row.userId));
    if (!user?.active) {
      await tx.update(sessions).set({ revokedAt: now, revokeReason: "inactive" }).where(eq(sessions.id, row.id));
      return { ok: false, reason: "inactive" } as const;
    }
    await tx.update(sessions).set({ revokedAt: now, revokeReason: "rotated" }).where(eq(sessions.id, row.id));
    const next = newOpaqueToken();
    await tx.insert(sessions).values({
      id: tokenDigest(next),
      familyId: row.familyId,
      userId: row.userId,
      expiresAt: row.expiresAt,
      userAgent: userAgent?.slice(0, 500) ?? row.userAgent,
    });
    return { ok: true, user, refresh: { token: next, expiresAt: row.expiresAt } } as const;
  });
}

/** Logout: the presented refresh token stops working. Unknown or already revoked tokens are ignored. */
export async function revokeSession(db: Db, token: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date(), revokeReason: "logout" })
    .where(and(eq(sessions.id, tokenDigest(token)), isNull(sessions.revokedAt)));
}

/** Every live refresh session of a user (deactivation, password reset). Returns how many were revoked. */
export async function revokeUserSessions(tx: Db, userId: string, reason: string): Promise<number> {
  const revoked = await tx
    .update(sessions)
    .set({ revokedAt: new Date(), revokeReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length;
}
