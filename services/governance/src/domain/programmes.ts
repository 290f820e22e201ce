import type { Programme } from "@orbis/contracts/governance";
import type { programmes } from "../db/schema/index";

export type ProgrammeRow = typeof programmes.$inferSelect;

/** Renewals are prepared six months ahead. */
const RENEWAL_NOTICE_DAYS = 183;

export function renewalDueBy(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + RENEWAL_NOTICE_DAYS);
  return d.toISOString().slice(0, 10);
}

export function toProgramme(row: ProgrammeRow, today: string): Programme {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    partnerNames: row.partnerNames,
    partnerIds: row.partnerIds,
    startDate: row.startDate,
    endDate: row.endDate,
    description: row.description,
    milestones: row.milestones,
    funding: row.funding,
    participants: row.participants,
    renewals: row.renewals,
    renewalDue: row.status === "active" && row.endDate <= renewalDueBy(today),
    fundingTotalCents: row.funding.reduce((s, f) => s + f.amountCents, 0),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
