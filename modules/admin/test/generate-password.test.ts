import { describe, expect, it } from "vitest";
import { GENERATED_PASSWORD_LENGTH, generatePassword } from "../src/users/generate-password";

describe("generatePassword", () => {
  it("draws long passwords with every character class and no look-alikes", () => {
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(password).toHaveLength(GENERATED_PASSWORD_LENGTH);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/[2-9]/);
      expect(password).toMatch(/[-_.!?@#%+]/);
      expect(password).not.toMatch(/[0O1lI]/);
      expect(new Set(password).size).toBeGreaterThanOrEqual(8);
    }
  });

  it("redraws when a draw lacks a character class", () => {
    const draws = [new Uint32Array(GENERATED_PASSWORD_LENGTH).fill(0), Uint32Array.from({ length: GENERATED_PASSWORD_LENGTH }, (_, i) => i * 7)];
    let calls = 0;
    const password = generatePassword((bytes) => {
      bytes.set(draws[Math.min(calls++, 1)]!);
      return bytes;
    });
    expect(calls).toBe(2);
    expect(password).not.toBe("a".repeat(GENERATED_PASSWORD_LENGTH));
  });
});
