import type { EqualityAction, EqualityTarget, IndicatorReading } from "@orbis/contracts/governance";
import type { equalityActions, equalityTargets } from "../db/schema/index";

export function toEqualityTarget(row: typeof equalityTargets.$inferSelect, reading: IndicatorReading): EqualityTarget {
  const { createdAt, updatedAt, ...rest } = row;
  return { ...rest, reading, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}

export function toEqualityAction(row: typeof equalityActions.$inferSelect, today: string): EqualityAction {
  const { createdAt, updatedAt, ...rest } = row;
  return { ...rest, overdue: row.status !== "done" && row.dueDate < today, createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString() };
}
