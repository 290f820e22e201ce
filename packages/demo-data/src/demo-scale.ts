/**
 * The scale every service seeds the demo universe at, so that all slices describe the same world:
 * ORBIS_SEED_SCALE (set by `pnpm seed --scale N`), else 4 (about 320 partners in 60 countries, 960 agreements,
 * 6,000 students over ten years).
 */
export const DEFAULT_DEMO_SCALE = 4;

export function demoScale(env: Record<string, string | undefined> = process.env): number {
  const scale = Number(env.ORBIS_SEED_SCALE ?? DEFAULT_DEMO_SCALE);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 100) throw new RangeError(`ORBIS_SEED_SCALE must be in (0, 100], got ${env.ORBIS_SEED_SCALE}`);
  return scale;
}
