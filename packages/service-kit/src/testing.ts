import type { Principal } from "@orbis/contracts/identity";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { claimsFromPrincipal, TOKEN_AUDIENCE, TOKEN_ISSUER } from "./auth/claims";
import { keyVerifier, type TokenVerifier } from "./auth/verifier";

/**
 * A signing key for service tests: the service verifies with `verifier`, tests sign tokens for any principal.
 * Tokens are real ES256 JWTs, verified exactly as in production.
 */
export async function createTestSigner() {
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const verifier: TokenVerifier = keyVerifier(publicKey);
  const sign = (principal: Principal, options: { expiresIn?: string; audience?: string; key?: CryptoKey } = {}) =>
    new SignJWT(claimsFromPrincipal(principal))
      .setProtectedHeader({ alg: "ES256", kid: "test" })
      .setSubject(principal.sub)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(options.audience ?? TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.expiresIn ?? "5m")
      .sign(options.key ?? privateKey);
  return { verifier, sign, publicJwk: await exportJWK(publicKey) };
}

/** Principals for each demo role, for access tests. */
export function principalFor(role: string, departments: string[] = []): Principal {
  return {
    sub: `test-${role}-${departments.join("-") || "all"}`,
    kind: ["service", "deployer", "analytics"].includes(role) ? "service" : "user",
    email: `${role}@test.invalid`,
    name: `Test ${role}`,
    roles: [role] as Principal["roles"],
    departments,
  };
}
