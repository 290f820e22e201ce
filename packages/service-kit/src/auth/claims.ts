import { Principal } from "@orbis/contracts/identity";

export const TOKEN_ISSUER = "orbis-identity";
export const TOKEN_AUDIENCE = "orbis";
export const SESSION_COOKIE = "orbis_session";
export const REFRESH_COOKIE = "orbis_refresh";

/** JWT payload -> Principal; anything unexpected makes the token unusable. */
export function principalFromClaims(payload: Record<string, unknown>): Principal {
  return Principal.parse({
    sub: payload.sub,
    kind: payload.kind,
    email: payload.email,
    name: payload.name,
    roles: payload.roles,
    departments: payload.departments ?? [],
  });
}

export function claimsFromPrincipal(p: Principal): Record<string, unknown> {
  return {
    kind: p.kind,
    ...(p.email ? { email: p.email } : {}),
    ...(p.name ? { name: p.name } : {}),
    roles: p.roles,
    departments: p.departments,
  };
}
