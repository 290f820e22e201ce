import { REFRESH_COOKIE, SESSION_COOKIE } from "@orbis/service-kit";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export const USER_TOKEN_SECONDS = 15 * 60;
export const SERVICE_TOKEN_SECONDS = 10 * 60;
export const REFRESH_SECONDS = 12 * 60 * 60;

/** Only the refresh endpoints ever receive the refresh cookie. */
const REFRESH_PATH = "/api/identity";

export interface CookiePolicy {
  /** Add `Secure` (COOKIE_SECURE=1, behind HTTPS). */
  secure: boolean;
}

export function setSessionCookie(c: Context, policy: CookiePolicy, jwt: string): void {
  setCookie(c, SESSION_COOKIE, jwt, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    maxAge: USER_TOKEN_SECONDS,
    secure: policy.secure,
  });
}

export function setRefreshCookie(c: Context, policy: CookiePolicy, token: string, expiresAt: Date): void {
  setCookie(c, REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    path: REFRESH_PATH,
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
    secure: policy.secure,
  });
}

export function clearAuthCookies(c: Context, policy: CookiePolicy): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: policy.secure, httpOnly: true, sameSite: "Lax" });
  deleteCookie(c, REFRESH_COOKIE, { path: REFRESH_PATH, secure: policy.secure, httpOnly: true, sameSite: "Strict" });
}

export function refreshCookieOf(c: Context): string | undefined {
  return getCookie(c, REFRESH_COOKIE) || undefined;
}
