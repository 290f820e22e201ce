import type { Db } from "@orbis/db";

/** Seeds the outgoing slice of the demo universe (filled in with the seed work). */
export async function seedDemo(_db: Db): Promise<{ mobilities: number }> {
  return { mobilities: 0 };
}
