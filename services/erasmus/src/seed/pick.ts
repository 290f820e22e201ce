/** Deterministic choices for the demo seed: the same key always gives the same number (FNV-1a), so reseeding is stable. */
export function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A number in [min, max] chosen by the key. */
export const intOf = (key: string, min: number, max: number) => min + (hashOf(key) % (max - min + 1));

export const pickOf = <T>(key: string, items: readonly T[]): T => items[hashOf(key) % items.length]!;

/** True for about `share` of the keys. */
export const chanceOf = (key: string, share: number) => hashOf(key) % 10_000 < share * 10_000;

/** Great-circle distance in km, as the EU distance calculator measures it. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)));
}

export const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Insert in chunks (PostgreSQL caps a statement at 65,535 parameters). */
export function chunks<T>(rows: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
