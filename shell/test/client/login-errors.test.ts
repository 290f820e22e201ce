import { ApiError } from "@orbis/contracts/http";
import { describe, expect, it } from "vitest";
import { loginErrorsOf } from "../../src/login-page";

const problem = (status: number, code: string, extra: object = {}) =>
  new ApiError(status, { type: "x", title: "t", status, code, ...extra }, `HTTP ${status}`);

describe("login error messages", () => {
  it("maps the identity service's problems to the shell's own words", () => {
    expect(loginErrorsOf(problem(401, "invalid_credentials"))).toEqual({ summary: { key: "invalidCredentials" } });
    expect(loginErrorsOf(problem(429, "rate_limited"))).toEqual({ summary: { key: "tooManyAttempts" } });
    expect(loginErrorsOf(problem(403, "forbidden"))).toEqual({ summary: { key: "accountDisabled" } });
    expect(loginErrorsOf(new TypeError("Failed to fetch"))).toEqual({ summary: { key: "serverUnreachable" } });
    expect(loginErrorsOf(problem(502, "bad_gateway"))).toEqual({ summary: { key: "serverUnreachable" } });
  });

  it("puts validation errors next to the fields they name", () => {
    const error = problem(400, "validation", { errors: [{ path: "body.email", message: "Invalid email address" }] });
    expect(loginErrorsOf(error)).toEqual({ email: "emailInvalid" });
  });

  it("falls back to the problem's detail for anything else", () => {
    expect(loginErrorsOf(problem(500, "internal", { detail: "Database down" }))).toEqual({
      summary: { key: "loginFailed", params: { detail: "Database down" } },
    });
  });
});
