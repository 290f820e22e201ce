import type * as NodeCrypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Count scrypt derivations: the work a login does must not reveal whether the email has an account.
const derivations = vi.hoisted(() => [] as number[]);
vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof NodeCrypto>();
  const scrypt = ((...args: Parameters<typeof actual.scrypt>) => {
    const options = args[3] as { N?: number };
    derivations.push(options.N ?? 0);
    return (actual.scrypt as (...a: unknown[]) => void)(...args);
  }) as typeof actual.scrypt;
  return { ...actual, default: { ...actual, scrypt }, scrypt };
});

const { login, seedUser, startIdentity, testDatabase } = await import("./helpers");
type Identity = Awaited<ReturnType<typeof startIdentity>>;

let database: Awaited<ReturnType<typeof testDatabase>>;
let identity: Identity;
beforeAll(async () => {
  database = await testDatabase();
  identity = await startIdentity(database);
  await seedUser(database, { email: "known@univ.test", roles: ["analyst"] });
});
afterAll(() => database.close());

describe("login work", () => {
  it("runs the same scrypt derivation for an unknown email as for a wrong password", async () => {
    derivations.length = 0;
    expect((await login(identity, "known@univ.test", "not-the-password")).status).toBe(401);
    const forWrongPassword = [...derivations];
    derivations.length = 0;
    expect((await login(identity, "nobody@univ.test", "not-the-password")).status).toBe(401);
    const forUnknownEmail = [...derivations];
    expect(forWrongPassword).toEqual([2 ** 15]);
    expect(forUnknownEmail).toEqual(forWrongPassword);
  });
});
