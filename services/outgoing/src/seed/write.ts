import type { Db } from "@orbis/db";
import { audit } from "../db/schema/index";

const CHUNK = 500;

/**
 * Inserts seeded rows in chunks (the insert skips rows already there) and writes one "seed" audit row per row
 * actually created. Returns the ids created.
 */
export async function insertSeeded<R>(
  tx: Db,
  entity: string,
  rows: readonly R[],
  insert: (chunk: R[]) => Promise<ReadonlyArray<{ id: string }>>,
  chunk = CHUNK,
): Promise<string[]> {
  const created: string[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const ids = await insert(rows.slice(i, i + chunk));
    created.push(...ids.map((r) => r.id));
  }
  for (let i = 0; i < created.length; i += 2 * CHUNK) {
    await tx.insert(audit).values(created.slice(i, i + 2 * CHUNK).map((id) => ({ actor: "system", actorKind: "system", action: "seed", entity, entityId: id })));
  }
  return created;
}
