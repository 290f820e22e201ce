import { describe, expect, it } from "vitest";
import { rebaseForm } from "../src/shared/rebase-form";
import { userFormOf } from "../src/users/user-form";
import { claire } from "./fixtures";

describe("rebaseForm (after a stale-version reload)", () => {
  it("keeps the admin's edits and takes the other person's changes elsewhere", () => {
    const started = userFormOf(claire);
    const fresh = userFormOf({ ...claire, department: "MATH", scopes: ["INFO", "MATH"], version: 5 });
    const draft = { ...started, name: "Claire Martin-Roux" };
    expect(rebaseForm(started, fresh, draft)).toEqual({ ...fresh, name: "Claire Martin-Roux" });
  });

  it("lets the admin's edit win when both changed the same field", () => {
    const started = userFormOf(claire);
    const fresh = userFormOf({ ...claire, department: "MATH" });
    expect(rebaseForm(started, fresh, { ...started, department: "" }).department).toBe("");
  });

  it("does not count a reordered checkbox list as an edit", () => {
    const started = { roles: ["erasmus", "coordinator"], name: "A" };
    const fresh = { roles: ["analyst"], name: "A" };
    expect(rebaseForm(started, fresh, { roles: ["coordinator", "erasmus"], name: "A" })).toEqual(fresh);
  });
});
