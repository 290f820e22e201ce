import type { Role } from "@orbis/contracts/common";
import type { CreateUser, UpdateUser, User } from "@orbis/contracts/identity";

/** What the create and edit forms hold: strings as typed, "" for "none". */
export interface UserFormValues {
  email: string;
  name: string;
  /** Department code, "" for none. */
  department: string;
  roles: Role[];
  /** Department codes a coordinator covers; only meaningful (and only sent) with the coordinator role. */
  scopes: string[];
  /** Initial password (create) or new password (reset); "" for none. */
  password: string;
}

export type UserField = keyof UserFormValues;

/** Client-side checks, named as message keys of src/i18n.ts. */
export type UserFormProblem =
  | "validation.required"
  | "validation.email"
  | "validation.rolesRequired"
  | "validation.scopesRequired"
  | "validation.passwordLength";

export type UserFormErrors = Partial<Record<UserField, UserFormProblem>>;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const emptyUserForm: UserFormValues = { email: "", name: "", department: "", roles: [], scopes: [], password: "" };

export const isCoordinator = (roles: readonly Role[]) => roles.includes("coordinator");

export function userFormOf(user: User): UserFormValues {
  return {
    email: user.email,
    name: user.name,
    department: user.department ?? "",
    roles: [...user.roles],
    scopes: [...user.scopes],
    password: "",
  };
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function passwordProblem(password: string): UserFormProblem | undefined {
  if (password === "") return undefined;
  return password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH ? "validation.passwordLength" : undefined;
}

/**
 * The checks the server makes too (so the admin hears about them before a round trip): name and roles required,
 * scopes required for a coordinator, password length. `email` only for the create form.
 */
export function validateUserForm(values: UserFormValues, options: { withEmail: boolean }): UserFormErrors {
  const errors: UserFormErrors = {};
  if (options.withEmail) {
    const email = values.email.trim();
    if (email === "") errors.email = "validation.required";
    else if (!EMAIL_SHAPE.test(email)) errors.email = "validation.email";
  }
  if (values.name.trim() === "") errors.name = "validation.required";
  if (values.roles.length === 0) errors.roles = "validation.rolesRequired";
  if (isCoordinator(values.roles) && values.scopes.length === 0) errors.scopes = "validation.scopesRequired";
  const password = passwordProblem(values.password);
  if (password) errors.password = password;
  return errors;
}

/** Scopes as the server wants them: the chosen ones for a coordinator, none otherwise (it rejects scopes without the role). */
function scopesToSend(values: UserFormValues): string[] {
  return isCoordinator(values.roles) ? [...new Set(values.scopes)] : [];
}

export function toCreateUser(values: UserFormValues): CreateUser {
  return {
    email: values.email.trim().toLowerCase(),
    name: values.name.trim(),
    department: values.department || null,
    roles: [...new Set(values.roles)],
    scopes: scopesToSend(values),
    ...(values.password ? { password: values.password } : {}),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value));

/**
 * The PATCH body for the profile form: only what differs from `base` (the version the admin started from), plus that
 * version for the server's concurrency check; null when nothing changed. The password is reset elsewhere.
 */
export function toUserPatch(base: User, values: UserFormValues): UpdateUser | null {
  const patch: UpdateUser = { version: base.version };
  const name = values.name.trim();
  if (name !== base.name) patch.name = name;
  const department = values.department || null;
  if (department !== base.department) patch.department = department;
  if (!sameSet(values.roles, base.roles)) patch.roles = [...new Set(values.roles)];
  const scopes = scopesToSend(values);
  if (!sameSet(scopes, base.scopes)) patch.scopes = scopes;
  return Object.keys(patch).length > 1 ? patch : null;
}

/** True when the profile form differs from `base` (the password field is not part of it). */
export function isProfileDirty(base: User, values: UserFormValues): boolean {
  return toUserPatch(base, values) !== null;
}
