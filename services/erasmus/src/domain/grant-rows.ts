import type { Grant, GrantInput, GrantResult } from "@orbis/contracts/erasmus";
import type { grants } from "../db/schema/index";

export type GrantRow = typeof grants.$inferSelect;

export function toGrant(row: GrantRow): Grant {
  return {
    id: row.id,
    projectId: row.projectId,
    source: row.source as Grant["source"],
    mobilityId: row.mobilityId,
    participantName: row.participantName,
    participantRef: row.participantRef,
    department: row.department,
    academicYear: row.academicYear,
    countryCode: row.countryCode,
    hostName: row.hostName,
    status: row.mobilityStatus,
    input: row.input as GrantInput,
    result: row.result as GrantResult | null,
    problem: row.problem,
    totalCents: row.totalCents,
    paidCents: row.paidCents,
    reportSubmitted: row.reportSubmitted,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
