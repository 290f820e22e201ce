import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/** scrypt cost: N=2^15, r=8, p=1 (OWASP's minimum for scrypt), about 32 MiB and tens of milliseconds per hash. */
const DEFAULT_PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(secret: string, salt: Buffer, params: { N: number; r: number; p: number }, keyLength: number): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(secret.normalize("NFKC"), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url; a fresh random salt per call. */
export async function hashSecret(secret: string, params = DEFAULT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(secret, salt, params, KEY_LENGTH);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/** Parameters come from the stored hash, so hashes made with older costs keep verifying. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
  const salt = Buffer.from(parts[4]!, "base64url");
  const expected = Buffer.from(parts[5]!, "base64url");
  if (expected.length === 0) return false;
  const actual = await derive(secret, salt, { N, r, p }, expected.length);
  return timingSafeEqual(actual, expected);
}

/**
 * A hash of a random secret with the default cost, used when the account does not exist so that an unknown
 * email costs the same scrypt work as a wrong password (no timing oracle for which emails have accounts).
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashSecret(randomBytes(32).toString("base64url"));
  return decoy;
}

const COMMON_PASSWORDS = [
  "password",
  "motdepasse",
  "azerty",
  "qwerty",
  "abcdef",
  "letmein",
  "welcome",
  "bienvenue",
  "admin",
  "orbis",
  "universite",
  "university",
  "soleil",
  "iloveyou",
];

/** Why a password is too weak, or null. Applied to every password an administrator or the CLI sets. */
export function passwordWeakness(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < 12) return "At least 12 characters";
  if (password.length > 256) return "At most 256 characters";
  if (new Set(password).size < 6) return "Too few different characters";
  const lower = password.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const stripped = lower.replace(/[^a-z0-9]/g, "");
  const personal = [context.email?.split("@")[0], ...(context.name?.split(/\s+/) ?? [])]
    .map((s) => s?.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]/g, ""))
    .filter((s): s is string => !!s && s.length >= 4);
  if (personal.some((s) => stripped.includes(s))) return "Must not contain your name or email";
  // Digits only, or a common word (possibly repeated) dressed up with digits and symbols: "Motdepasse2024!".
  const letters = stripped.replace(/[0-9]/g, "");
  if (letters.length === 0) return "Too common";
  if (COMMON_PASSWORDS.some((w) => letters.length % w.length === 0 && letters === w.repeat(letters.length / w.length))) {
    return "Too common";
  }
  return null;
}
