import type { Context } from "hono";

/**
 * The contracts' Update* schemas are `.partial()` of objects with defaults, and zod 4 fills those defaults in even
 * for absent keys: a PATCH of one field would reset the others. Keep only the fields the caller actually sent.
 */
export async function sentFields<T extends Record<string, unknown>>(c: Context, parsed: T): Promise<Partial<T>> {
  const raw = (await c.req.json()) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(parsed).filter(([key]) => key in raw)) as Partial<T>;
}
