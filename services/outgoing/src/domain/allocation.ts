/**
 * The allocation of destinations: serial dictatorship. Applicants are taken one by one in the global order; each
 * gets the best of their choices that still has a free place. Pure and deterministic: the same inputs always give
 * the same results.
 */

export interface RankedApplicant {
  applicationId: string;
  name: string;
  department: string;
  total: number;
  /** 1-based rank within the department's ranking. */
  departmentRank: number;
  studentNumber: string;
  /** Destination ids, best first. */
  choices: readonly string[];
}

export interface Skipped {
  choice: number;
  destinationId: string;
  /** The applicant who took the last place; null when the destination offers no place at all. */
  takenByApplicationId: string | null;
  takenByName: string | null;
}

export interface Allocation {
  applicationId: string;
  name: string;
  department: string;
  globalRank: number;
  total: number;
  destinationId: string | null;
  choice: number | null;
  skipped: Skipped[];
  explanation: string;
}

/**
 * The global order merging the departments' rankings: higher total first; equal totals by rank within their
 * department (a department's 1st before another's 2nd); then student number, then application id, so that no
 * two applicants ever compare equal.
 */
export function globalOrder<T extends RankedApplicant>(applicants: readonly T[]): T[] {
  return [...applicants].sort(
    (a, b) =>
      b.total - a.total ||
      a.departmentRank - b.departmentRank ||
      compareText(a.studentNumber, b.studentNumber) ||
      compareText(a.applicationId, b.applicationId),
  );
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Serial dictatorship over applicants already in global order, within the places of each destination. */
export function allocate(ordered: readonly RankedApplicant[], places: Readonly<Record<string, number>>): Allocation[] {
  const left = new Map(Object.entries(places).map(([id, n]) => [id, Math.max(0, n)]));
  const lastTaker = new Map<string, { id: string; name: string }>();
  return ordered.map((applicant, index) => {
    const skipped: Skipped[] = [];
    let got: { destinationId: string; choice: number } | null = null;
    for (const [i, destinationId] of applicant.choices.entries()) {
      const free = left.get(destinationId) ?? 0;
      if (free > 0) {
        left.set(destinationId, free - 1);
        lastTaker.set(destinationId, { id: applicant.applicationId, name: applicant.name });
        got = { destinationId, choice: i + 1 };
        break;
      }
      const taker = lastTaker.get(destinationId);
      skipped.push({ choice: i + 1, destinationId, takenByApplicationId: taker?.id ?? null, takenByName: taker?.name ?? null });
    }
    return {
      applicationId: applicant.applicationId,
      name: applicant.name,
      department: applicant.department,
      globalRank: index + 1,
      total: applicant.total,
      destinationId: got?.destinationId ?? null,
      choice: got?.choice ?? null,
      skipped,
      explanation: explain(skipped, got?.choice ?? null, applicant.choices.length),
    };
  });
}

function explain(skipped: readonly Skipped[], choice: number | null, choices: number): string {
  const parts = skipped.map((s) =>
    s.takenByName === null ? `choice ${s.choice} offers no place` : `choice ${s.choice} full: taken by higher-ranked ${s.takenByName}`,
  );
  if (choice !== null) parts.push(`got choice ${choice}`);
  else parts.push(choices === 0 ? "no choice given: no destination" : "no destination left among the choices");
  return parts.join("; ");
}
