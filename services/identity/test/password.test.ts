import { describe, expect, it } from "vitest";
import { hashSecret, passwordWeakness, verifySecret } from "../src/auth/password";

describe("password hashing", () => {
  it("stores scrypt$N$r$p$salt$hash with a fresh salt each time, and verifies only the right password", async () => {
    const a = await hashSecret("Tr0pical-Mango-Lagoon");
    const b = await hashSecret("Tr0pical-Mango-Lagoon");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a.split("$")[4]).not.toBe(b.split("$")[4]);
    expect(a).not.toBe(b);
    expect(await verifySecret("Tr0pical-Mango-Lagoon", a)).toBe(true);
    expect(await verifySecret("Tr0pical-Mango-Lagoon", b)).toBe(true);
    expect(await verifySecret("tr0pical-mango-lagoon", a)).toBe(false);
    expect(await verifySecret("", a)).toBe(false);
  });

  it("verifies hashes made with other costs, and rejects malformed ones", async () => {
    const cheap = await hashSecret("Glacier-Otter-Violin-42", { N: 1024, r: 8, p: 1 });
    expect(cheap.startsWith("scrypt$1024$8$1$")).toBe(true);
    expect(await verifySecret("Glacier-Otter-Violin-42", cheap)).toBe(true);
    for (const bad of ["", "plain", "bcrypt$1$2$3$4$5", "scrypt$x$8$1$c2FsdA$aGFzaA", "scrypt$1024$8$1$c2FsdA$"]) {
      expect(await verifySecret("anything", bad)).toBe(false);
    }
  });
});

describe("password strength", () => {
  it.each([
    ["short1!", "At least 12 characters"],
    ["aaaaaaaaaaaaaa", "Too few different characters"],
    ["Motdepasse2024!", "Too common"],
    ["Password123456", "Too common"],
    ["azertyazerty", "Too common"],
    ["314159265358979", "Too common"],
  ])("refuses %s", (password, reason) => {
    expect(passwordWeakness(password)).toBe(reason);
  });

  it("refuses a password containing the person's name or email", () => {
    expect(passwordWeakness("Dupont-Forever-77", { email: "marie.dupont@univ.test", name: "Marie Dupont" })).toMatch(/name or email/);
    expect(passwordWeakness("xx-mariedupont-xx", { email: "marie.dupont@univ.test" })).toMatch(/name or email/);
  });

  it("accepts a long, varied password", () => {
    expect(passwordWeakness("Tr0pical-Mango-Lagoon", { email: "marie.dupont@univ.test", name: "Marie Dupont" })).toBeNull();
    expect(passwordWeakness("correct horse battery staple")).toBeNull();
  });
});
