/**
 * 128 bits of a string (cyrb128: four mixed 32-bit lanes). Not cryptographic: it only has to spread names evenly,
 * and it is far cheaper than a digest for the hundreds of thousands of names a large seed derives.
 */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const NAMESPACE = "orbis-incoming-seed";
const hex8 = (n: number) => n.toString(16).padStart(8, "0");

/**
 * A name-based UUID (version 5 layout) for a seeded row: the same universe ids always give the same row id, so a
 * second seed run finds its rows already there.
 */
export function seedId(kind: string, ...parts: ReadonlyArray<string | number>): string {
  const [a, b, c, d] = hash128([NAMESPACE, kind, ...parts].join("/"));
  const h = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A number in [0, 1) derived from the parts: every "random" choice of the seed comes from ids, never from Math.random. */
export function unit(...parts: ReadonlyArray<string | number>): number {
  const [a, b] = hash128([NAMESPACE, ...parts].join("/"));
  return (a * 2 ** 21 + (b >>> 11)) / 2 ** 53;
}

export function pick<T>(list: readonly T[], ...parts: ReadonlyArray<string | number>): T {
  return list[Math.floor(unit(...parts) * list.length)]!;
}

export const round2 = (x: number) => Math.round(x * 100) / 100;

/** The ISO day `days` after (or before) `day`. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A moment of a day (10:00 UTC plus a few minutes, so lists sorted by time keep a stable order). */
export const at = (day: string, minutes = 0) => new Date(Date.parse(`${day}T10:00:00Z`) + minutes * 60_000);

export const earliest = (...days: string[]) => days.reduce((a, b) => (b < a ? b : a));
