import { academicYearStart } from "./build/years";
import { createIdFactory } from "./core/ids";
import type { Agreement } from "./types";

export { ERASMUS_CODE_PATTERN, formatErasmusCode } from "./build/erasmus-code";
export { academicYearCode, academicYearOfDate, academicYearStart } from "./build/years";

/**
 * First and last academic year (by first calendar year) in which an agreement can carry mobilities: null while
 * draft or in negotiation; the last year stops before any suspension.
 */
export function agreementYearRange(agreement: Agreement): readonly [number, number] | null {
  if (agreement.status === "draft" || agreement.status === "negotiation") return null;
  const first = academicYearStart(agreement.startYear);
  let last = academicYearStart(agreement.endYear);
  if (agreement.suspendedFromYear !== null) last = Math.min(last, academicYearStart(agreement.suspendedFromYear) - 1);
  return last < first ? null : [first, last];
}

/** Whether an agreement can carry mobilities of an academic year ("2024-2025"). */
export function agreementCoversYear(agreement: Agreement, academicYear: string): boolean {
  const range = agreementYearRange(agreement);
  const year = academicYearStart(academicYear);
  return range !== null && year >= range[0] && year <= range[1];
}

const conditionIds = createIdFactory(0);
/**
 * The stable id of an agreement's condition (its position in `Agreement.conditions`): the agreements service stores
 * its conditions under these ids and the outgoing service's call destinations refer to them.
 */
export function conditionIdOf(agreementId: string, position: number): string {
  return conditionIds("condition", `${agreementId}/${position}`);
}
