import { describe, expect, it } from "vitest";
import { CreateUser, UpdateUser, type User } from "@orbis/contracts/identity";
import {
  emptyUserForm,
  isProfileDirty,
  toCreateUser,
  toUserPatch,
  userFormOf,
  validateUserForm,
  type UserFormValues,
} from "../src/users/user-form";

const user: User = {
  id: "0b7a3f8e-4a6f-4a57-9f55-2f5e9c1d1b11",
  email: "claire.martin@univ.fr",
  name: "Claire Martin",
  department: "INFO",
  roles: ["coordinator"],
  scopes: ["INFO", "MATH"],
  active: true,
  version: 4,
  createdAt: "2026-01-10T09:00:00.000Z",
  updatedAt: "2026-02-01T09:00:00.000Z",
};

const filled: UserFormValues = {
  email: "  Jean.Dupont@Univ.FR ",
  name: " Jean Dupont ",
  department: "",
  roles: ["erasmus"],
  scopes: [],
  password: "",
};

describe("validateUserForm", () => {
  it("accepts a complete form", () => {
    expect(validateUserForm(filled, { withEmail: true })).toEqual({});
  });

  it("requires email (create only), name and a role", () => {
    expect(validateUserForm(emptyUserForm, { withEmail: true })).toEqual({
      email: "validation.required",
      name: "validation.required",
      roles: "validation.rolesRequired",
    });
    expect(validateUserForm(emptyUserForm, { withEmail: false })).not.toHaveProperty("email");
    expect(validateUserForm({ ...filled, email: "jean.dupont" }, { withEmail: true })).toEqual({ email: "validation.email" });
  });

  it("requires scopes for coordinators only", () => {
    expect(validateUserForm({ ...filled, roles: ["coordinator"] }, { withEmail: true })).toEqual({ scopes: "validation.scopesRequired" });
    expect(validateUserForm({ ...filled, roles: ["coordinator"], scopes: ["INFO"] }, { withEmail: true })).toEqual({});
  });

  it("checks the password length only when one is given", () => {
    expect(validateUserForm({ ...filled, password: "short" }, { withEmail: true })).toEqual({ password: "validation.passwordLength" });
    expect(validateUserForm({ ...filled, password: "a-long-enough-pass" }, { withEmail: true })).toEqual({});
  });
});

describe("toCreateUser", () => {
  it("trims, lower-cases the email, maps no department to null and leaves an empty password out", () => {
    const body = toCreateUser(filled);
    expect(body).toEqual({ email: "jean.dupont@univ.fr", name: "Jean Dupont", department: null, roles: ["erasmus"], scopes: [] });
    expect(CreateUser.parse(body)).toEqual(body);
  });

  it("sends scopes only with the coordinator role", () => {
    expect(toCreateUser({ ...filled, scopes: ["INFO"] }).scopes).toEqual([]);
    expect(toCreateUser({ ...filled, roles: ["erasmus", "coordinator"], scopes: ["INFO", "INFO", "MATH"] }).scopes).toEqual(["INFO", "MATH"]);
  });

  it("sends the initial password when given", () => {
    expect(toCreateUser({ ...filled, department: "INFO", password: "correct-horse-battery" })).toMatchObject({
      department: "INFO",
      password: "correct-horse-battery",
    });
  });
});

describe("toUserPatch", () => {
  it("is null when nothing changed (the form of a user is that user)", () => {
    expect(toUserPatch(user, userFormOf(user))).toBeNull();
    expect(isProfileDirty(user, userFormOf(user))).toBe(false);
    // Reordered lists and padded names are no change.
    expect(toUserPatch(user, { ...userFormOf(user), name: " Claire Martin ", scopes: ["MATH", "INFO"] })).toBeNull();
  });

  it("carries the version read and only the changed fields", () => {
    const patch = toUserPatch(user, { ...userFormOf(user), name: "Claire Martin-Roux", department: "" });
    expect(patch).toEqual({ version: 4, name: "Claire Martin-Roux", department: null });
    expect(UpdateUser.parse(patch)).toEqual(patch);
  });

  it("drops the scopes together with the coordinator role", () => {
    expect(toUserPatch(user, { ...userFormOf(user), roles: ["erasmus"] })).toEqual({ version: 4, roles: ["erasmus"], scopes: [] });
  });

  it("sends new scopes", () => {
    expect(toUserPatch(user, { ...userFormOf(user), scopes: ["INFO"] })).toEqual({ version: 4, scopes: ["INFO"] });
  });
});
