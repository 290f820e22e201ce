import { createHash, randomBytes } from "node:crypto";

/** A random, unguessable token for a cookie or a client secret (256 bits, base64url). */
export function newOpaqueToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of an opaque token: enough to find it, useless to replay. */
export function tokenDigest(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
