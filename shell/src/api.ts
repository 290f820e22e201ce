import { Problem } from "@orbis/contracts/common";
import { ApiError, requestJson } from "@orbis/contracts/http";
import { Principal, User } from "@orbis/contracts/identity";
import { NavModule } from "@orbis/contracts/registry";

/** GET /api/identity/me: the principal, plus the user record for people. */
export const Me = Principal.extend({ user: User.nullable().optional() });
export type Me = ReturnType<typeof Me.parse>;

const NavList = NavModule.array();

/** The signed-in caller, or null when there is no valid session (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await requestJson(Me, "/api/identity/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function login(email: string, password: string): Promise<void> {
  const response = await fetch("/api/identity/login", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw await apiErrorOf(response);
  await response.body?.cancel();
}

/** Renews the session cookie from the refresh cookie; false when the refresh cookie is no longer valid. */
export async function refreshSession(): Promise<boolean> {
  const response = await fetch("/api/identity/refresh", { method: "POST", credentials: "same-origin" });
  await response.body?.cancel();
  if (response.ok) return true;
  if (response.status === 401 || response.status === 403) return false;
  throw new ApiError(response.status, undefined, `HTTP ${response.status}`);
}

export async function logout(): Promise<void> {
  const response = await fetch("/api/identity/logout", { method: "POST", credentials: "same-origin" });
  await response.body?.cancel();
}

/** The modules the caller's roles open, in navigation order. */
export function fetchNav(): Promise<NavModule[]> {
  return requestJson(NavList, "/api/registry/nav");
}

async function apiErrorOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  let problem: unknown;
  try {
    problem = text ? JSON.parse(text) : undefined;
  } catch {
    problem = undefined;
  }
  const parsed = Problem.safeParse(problem);
  return new ApiError(response.status, parsed.success ? parsed.data : undefined, `HTTP ${response.status}`);
}
