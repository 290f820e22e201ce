import { HttpProblem, type FieldError } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import { and, eq, gte, inArray, lte, ne, sql } from "drizzle-orm";
import type { AgreementsClient } from "../clients/agreements";
import { AgreementsCallFailed } from "../clients/agreements";
import { mobilities } from "../db/schema/index";

const invalid = (errors: FieldError[]) => new HttpProblem("validation", "Some fields are invalid.", { errors });

export function assertDateOrder(start: string, end: string, field = "body.plannedEnd"): void {
  if (end < start) throw invalid([{ path: field, message: `The end (${end}) cannot come before the start (${start})` }]);
}

/**
 * A student has one active (planned or in-progress) mobility at a time: another one overlapping the dates is a
 * conflict. The advisory lock serialises concurrent creations for the same student within the transaction.
 */
export async function assertNoOverlap(tx: Db, m: { id?: string; studentNumber: string; plannedStart: string; plannedEnd: string }): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`outgoing-student:${m.studentNumber}`}))`);
  const [other] = await tx
    .select({ id: mobilities.id, plannedStart: mobilities.plannedStart, plannedEnd: mobilities.plannedEnd })
    .from(mobilities)
    .where(
      and(
        eq(mobilities.studentNumber, m.studentNumber),
        inArray(mobilities.status, ["planned", "in-progress"]),
        lte(mobilities.plannedStart, m.plannedEnd),
        gte(mobilities.plannedEnd, m.plannedStart),
        m.id ? ne(mobilities.id, m.id) : undefined,
      ),
    )
    .limit(1);
  if (other) {
    throw new HttpProblem("conflict", `This student already has an active mobility from ${other.plannedStart} to ${other.plannedEnd} (${other.id}).`, {
      errors: [{ path: "body.plannedStart", message: `Overlaps the student's mobility ${other.plannedStart} - ${other.plannedEnd}` }],
    });
  }
}

/** The agreement exists, covers the academic year and holds the condition and partner given; else 400 naming the field. */
export async function assertAgreementCovers(
  agreements: AgreementsClient,
  m: { agreementId: string | null; conditionId: string | null; partnerId: string | null; academicYear: number },
): Promise<void> {
  if (!m.agreementId) {
    if (m.conditionId) throw invalid([{ path: "body.conditionId", message: "A condition belongs to an agreement: give agreementId too" }]);
    return;
  }
  let agreement;
  try {
    agreement = await agreements.agreement(m.agreementId);
  } catch (error) {
    if (error instanceof AgreementsCallFailed && error.status === 404) throw invalid([{ path: "body.agreementId", message: "No such agreement" }]);
    if (error instanceof AgreementsCallFailed) throw new HttpProblem("bad_gateway", `The agreements service refused the lookup: ${error.message}`);
    throw error;
  }
  const errors: FieldError[] = [];
  if (m.academicYear < agreement.startYear || m.academicYear > agreement.endYear) {
    errors.push({ path: "body.academicYear", message: `The agreement covers ${agreement.startYear}-${agreement.endYear + 1} only` });
  }
  if (m.conditionId && !agreement.conditions.some((c) => c.id === m.conditionId)) errors.push({ path: "body.conditionId", message: "Not a condition of this agreement" });
  if (m.partnerId && !agreement.partnerIds.includes(m.partnerId)) errors.push({ path: "body.partnerId", message: "Not a partner of this agreement" });
  if (errors.length) throw invalid(errors);
}
