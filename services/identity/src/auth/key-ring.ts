import { randomUUID } from "node:crypto";
import type { Principal } from "@orbis/contracts/identity";
import type { Db } from "@orbis/db";
import { claimsFromPrincipal, keyVerifier, TOKEN_AUDIENCE, TOKEN_ISSUER, type TokenVerifier } from "@orbis/service-kit";
import { desc, isNull, sql } from "drizzle-orm";
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  importPKCS8,
  SignJWT,
  type CryptoKey,
  type JWK,
} from "jose";
import { signingKeys, type PublicJwk } from "../db/schema";

const ALG = "ES256";

/** The keys identity signs with and publishes, and the verifier it checks its own tokens with. */
export interface KeyRing {
  kid: string;
  /** Published at /.well-known/jwks.json: the signing key and every other key not retired. */
  jwks: { keys: PublicJwk[] };
  verifier: TokenVerifier;
  sign(principal: Principal, ttlSeconds: number): Promise<string>;
}

async function describe(jwk: JWK): Promise<{ kid: string; publicJwk: PublicJwk }> {
  if (jwk.kty !== "EC" || jwk.crv !== "P-256" || !jwk.x || !jwk.y) throw new Error("The signing key must be an EC P-256 key");
  const pub = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  const kid = await calculateJwkThumbprint(pub);
  return { kid, publicJwk: { ...pub, kid, alg: ALG, use: "sig" } };
}

/** A key from IDENTITY_SIGNING_KEY (PKCS8 PEM, P-256). Not stored: whoever sets the variable owns the key. */
async function keyFromPem(pem: string) {
  let privateKey: CryptoKey;
  try {
    privateKey = await importPKCS8(pem.replaceAll("\\n", "\n"), ALG, { extractable: true });
  } catch (err) {
    throw new Error(`IDENTITY_SIGNING_KEY is not a PKCS8 PEM P-256 private key: ${(err as Error).message}`);
  }
  const { kid, publicJwk } = await describe(await exportJWK(privateKey));
  return { kid, privateKey, publicJwk };
}

/** The newest stored key, created on first start; stored so that restarts keep issued tokens valid. */
async function storedKey(db: Db) {
  return db.transaction(async (tx) => {
    // Two processes starting together on one database must not each create a key.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('identity.signing_keys'))`);
    const [newest] = await tx
      .select()
      .from(signingKeys)
      .where(isNull(signingKeys.retiredAt))
      .orderBy(desc(signingKeys.createdAt))
      .limit(1);
    if (newest) return newest;
    const pair = await generateKeyPair(ALG, { extractable: true });
    const privateJwk = await exportJWK(pair.privateKey);
    const { kid, publicJwk } = await describe(privateJwk);
    const [created] = await tx.insert(signingKeys).values({ kid, algorithm: ALG, privateJwk, publicJwk }).returning();
    return created!;
  });
}

export async function loadKeyRing(db: Db, options: { pem?: string | undefined } = {}): Promise<KeyRing> {
  let current: { kid: string; privateKey: CryptoKey; publicJwk: PublicJwk };
  if (options.pem?.trim()) {
    current = await keyFromPem(options.pem);
  } else {
    const row = await storedKey(db);
    current = { kid: row.kid, privateKey: (await importJWK(row.privateJwk, ALG)) as CryptoKey, publicJwk: row.publicJwk };
  }
  const others = await db.select({ publicJwk: signingKeys.publicJwk }).from(signingKeys).where(isNull(signingKeys.retiredAt));
  const keys = [current.publicJwk, ...others.map((o) => o.publicJwk).filter((k) => k.kid !== current.kid)];
  const jwks = { keys };
  const kid = current.kid;
  const privateKey = current.privateKey;
  return {
    kid,
    jwks,
    verifier: keyVerifier(createLocalJWKSet(jwks)),
    sign: (principal, ttlSeconds) =>
      new SignJWT(claimsFromPrincipal(principal))
        .setProtectedHeader({ alg: ALG, kid, typ: "JWT" })
        .setSubject(principal.sub)
        .setIssuer(TOKEN_ISSUER)
        .setAudience(TOKEN_AUDIENCE)
        .setIssuedAt()
        .setJti(randomUUID())
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(privateKey),
  };
}
