import type { Principal } from "@orbis/contracts/identity";
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey, type CryptoKey, type KeyObject } from "jose";
import { principalFromClaims, TOKEN_AUDIENCE, TOKEN_ISSUER } from "./claims";

/** Verifies a bearer token and returns who is calling; throws when the token is not acceptable. */
export type TokenVerifier = (token: string) => Promise<Principal>;

type KeyInput = JWTVerifyGetKey | CryptoKey | KeyObject | Uint8Array;

export function keyVerifier(key: KeyInput): TokenVerifier {
  return async (token) => {
    const { payload } = await jwtVerify(token, key as JWTVerifyGetKey, {
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      algorithms: ["ES256"],
    });
    return principalFromClaims(payload);
  };
}

/** Verifies locally against identity's published keys (fetched once, cached, refreshed on an unknown kid). */
export function jwksVerifier(identityUrl: string): TokenVerifier {
  const jwks = createRemoteJWKSet(new URL("/api/identity/.well-known/jwks.json", identityUrl), {
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
  });
  return keyVerifier(jwks);
}
