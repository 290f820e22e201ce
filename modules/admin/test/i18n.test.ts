import { describe, expect, it } from "vitest";
import { ROLES } from "@orbis/contracts/common";
import { adminMessages, hasMessage } from "../src/i18n";

describe("admin messages", () => {
  const fr = adminMessages.messages.fr as Record<string, string>;
  const en = adminMessages.messages.en as Record<string, string>;

  it("has the same keys in French and English, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const [key, value] of [...Object.entries(fr), ...Object.entries(en)]) expect(value.trim(), key).not.toBe("");
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(fr)) expect(placeholders(en[key]!), key).toEqual(placeholders(fr[key]!));
  });

  it("names every role", () => {
    for (const role of ROLES) expect(hasMessage(`role.${role}`)).toBe(true);
  });

  it("gives the page headings the e2e tests look for", () => {
    expect(adminMessages.t("fr", "users.title")).toBe("Utilisateurs");
    expect(adminMessages.t("en", "users.title")).toBe("Users");
    expect(adminMessages.t("fr", "departments.title")).toBe("Départements");
    expect(adminMessages.t("en", "modules.title")).toBe("Modules");
    expect(adminMessages.t("fr", "conflict.user")).toBe("Ce compte a été modifié par quelqu'un d'autre");
  });

  it("counts accounts with French and English plurals", () => {
    expect(adminMessages.t("fr", "users.count", { count: 1 })).toBe("1 compte");
    expect(adminMessages.t("fr", "users.count", { count: 1200 })).toBe("1\u202f200 comptes");
    expect(adminMessages.t("en", "users.count", { count: 0 })).toBe("0 accounts");
  });
});
