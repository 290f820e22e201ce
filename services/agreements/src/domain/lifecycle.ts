import type { Agreement, AgreementStatus } from "@orbis/contracts/agreements";
import { STATUS_TRANSITIONS } from "@orbis/contracts/agreements";
import { HttpProblem } from "@orbis/service-kit";

/** 409 unless the workflow allows going from one status to the other. */
export function assertTransition(from: AgreementStatus, to: AgreementStatus) {
  const allowed = STATUS_TRANSITIONS[from];
  if (!allowed.includes(to)) {
    throw new HttpProblem(
      "conflict",
      `An agreement cannot go from "${from}" to "${to}". From "${from}" it can go to: ${allowed.length ? allowed.map((s) => `"${s}"`).join(", ") : "nothing (final status)"}.`,
    );
  }
}

/** Academic year containing the date (academic years start on 1 September). */
export function academicYearOf(date: Date): number {
  return date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/**
 * Last academic years that end within the horizon: an agreement whose last year is Y ends on 31 August Y+1;
 * it is expiring when that date is between today and today + horizon.
 */
export function expiringEndYears(now: Date, horizonMonths: number): { from: number; to: number } {
  const horizon = new Date(now);
  horizon.setUTCMonth(horizon.getUTCMonth() + horizonMonths);
  return { from: academicYearOf(now), to: academicYearOf(horizon) - 1 };
}

const COMPARED = ["type", "title", "partnerIds", "departments", "startYear", "endYear", "signatories", "notes", "conditions"] as const;

/** Field-by-field differences between two versions of an agreement (condition ids ignored). */
export function diffAgreements(before: Agreement, after: Agreement) {
  const comparable = (a: Agreement, field: (typeof COMPARED)[number]) =>
    field === "conditions" ? a.conditions.map(({ id: _id, ...rest }) => rest) : a[field];
  return COMPARED.flatMap((field) => {
    const b = comparable(before, field);
    const a = comparable(after, field);
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ field, before: b, after: a }];
  });
}
