/** No look-alike characters (0/O, 1/l/I), since the admin reads the password out or copies it by hand. */
const LOWER = "abcdefghijkmnopqrstuvwxyz";
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const SYMBOLS = "-_.!?@#%+";
const ALPHABET = LOWER + UPPER + DIGITS + SYMBOLS;

export const GENERATED_PASSWORD_LENGTH = 18;

/**
 * A random password from the browser's CSPRNG with at least one lower-case letter, upper-case letter, digit and
 * symbol (redrawn until it has them, so every accepted draw stays uniform over such passwords).
 */
export function generatePassword(random: (bytes: Uint32Array) => Uint32Array = (bytes) => crypto.getRandomValues(bytes)): string {
  for (;;) {
    const draw = random(new Uint32Array(GENERATED_PASSWORD_LENGTH));
    const password = Array.from(draw, (n) => ALPHABET[n % ALPHABET.length]).join("");
    const classes = [LOWER, UPPER, DIGITS, SYMBOLS].every((set) => [...password].some((ch) => set.includes(ch)));
    if (classes && new Set(password).size >= 8) return password;
  }
}
