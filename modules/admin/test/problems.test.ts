import { describe, expect, it } from "vitest";
import { ApiError, shouldRetry } from "@orbis/contracts/http";
import { fieldErrorsOf, fieldOfPath, isStaleVersion, summarizeProblem } from "../src/api/problems";
import { adminMessages } from "../src/i18n";
import { fieldIn, mergeFieldErrors } from "../src/shared/form-errors";
import { localizeServerMessage } from "../src/shared/server-messages";

const problem = (status: number, code: string, errors?: { path: string; message: string }[], detail?: string) =>
  new ApiError(status, { type: "about:blank", title: code, status, code, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) }, `HTTP ${status}`);

describe("problem+json errors", () => {
  it("maps error paths to form fields", () => {
    expect(fieldOfPath("body.email")).toBe("email");
    expect(fieldOfPath("body.scopes.2")).toBe("scopes");
    expect(fieldOfPath("body.label.fr")).toBe("label.fr");
    expect(fieldOfPath("body")).toBe("");
    expect(fieldOfPath("query.limit")).toBe("query.limit");
  });

  it("collects the first message per field", () => {
    const error = problem(400, "validation", [
      { path: "body.scopes.0", message: "Unknown department XX" },
      { path: "body.scopes.1", message: "Unknown department YY" },
      { path: "body.name", message: "Required" },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ scopes: "Unknown department XX", name: "Required" });
    expect(fieldErrorsOf(new Error("boom"))).toEqual({});
  });

  it("recognises a stale version", () => {
    expect(isStaleVersion(problem(409, "stale_version"))).toBe(true);
    expect(isStaleVersion(problem(409, "duplicate"))).toBe(false);
    expect(isStaleVersion(new Error("409"))).toBe(false);
  });

  it("summarizes failures by kind, keeping the service's detail", () => {
    expect(summarizeProblem(problem(409, "duplicate", undefined, "An account with the email x exists."))).toEqual({
      kind: "problem.duplicate",
      detail: "An account with the email x exists.",
    });
    expect(summarizeProblem(problem(422, "unprocessable")).kind).toBe("problem.unprocessable");
    expect(summarizeProblem(problem(403, "forbidden")).kind).toBe("problem.forbidden");
    expect(summarizeProblem(problem(502, "bad_gateway")).kind).toBe("problem.server");
    expect(summarizeProblem(new TypeError("Failed to fetch")).kind).toBe("problem.network");
    expect(summarizeProblem(new Error("zod")).kind).toBe("problem.unexpected");
  });

  it("retries only what may change by asking again", () => {
    expect(shouldRetry(0, problem(404, "not_found"))).toBe(false);
    expect(shouldRetry(0, problem(503, "not_ready"))).toBe(true);
    expect(shouldRetry(2, new TypeError("Failed to fetch"))).toBe(false);
  });
});

describe("form errors", () => {
  const t = adminMessages.bind("fr");
  const fields = fieldIn(["email", "name", "scopes"] as const);

  it("translates known service messages and keeps others", () => {
    expect(localizeServerMessage(t, "Already used by another account")).toBe("Cette adresse e-mail est déjà utilisée par un autre compte.");
    expect(localizeServerMessage(t, "Unknown department XX")).toBe("Unknown department XX");
  });

  it("puts client checks over server messages, hides edited fields and keeps unplaced messages for the alert", () => {
    const server = problem(409, "duplicate", [
      { path: "body.email", message: "Already used by another account" },
      { path: "body.name", message: "Server says no" },
      { path: "body.department", message: "Unknown department XX" },
    ]);
    expect(mergeFieldErrors(t, { name: "validation.required" }, server, fields, new Set())).toEqual({
      fields: { email: "Cette adresse e-mail est déjà utilisée par un autre compte.", name: "Ce champ est obligatoire." },
      unplaced: ["Unknown department XX"],
    });
    expect(mergeFieldErrors(t, {}, server, fields, new Set(["email"])).fields).toEqual({ name: "Server says no" });
  });
});
