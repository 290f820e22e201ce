import { dayNumber, formatIsoDate } from "../core/dates";
import type { Random } from "../core/random";
import type { Agreement, AgreementStatus, AgreementType, ProgrammeCode } from "../types";
import { buildConditions } from "./conditions";
import type { PartnerDraft } from "./partners";
import { academicYearCode } from "./years";

/** Erasmus+ runs in seven-year programmes from 2014; inter-institutional agreements follow them. */
const ERASMUS_FIRST_YEAR = 2014;
const ERASMUS_PROGRAMME_YEARS = 7;
/** Cooperation with Russian institutions was suspended from the 2022-2023 academic year. */
const SUSPENSIONS: Record<string, number> = { RU: 2022 };
const DOUBLE_DEGREE_DEPARTMENTS = ["CHINESE", "JAPANESE", "KOREAN", "RUSSIAN", "ARABIC", "CEE"];
const REFERENCE_PREFIX: Record<AgreementType, string> = {
  "erasmus-iia": "IIA",
  bilateral: "BIL",
  framework: "CAD",
  "double-degree": "DD",
  programme: "PRG",
};

interface Plan {
  type: AgreementType;
  programme: ProgrammeCode | null;
  departments: string[];
  start: number;
  end: number;
  state: "signed" | "negotiation" | "draft";
}

export interface AgreementWindow {
  /** First academic year of the universe. */
  first: number;
  current: number;
}

/** Successive terms of `lengths` years from `first`, until one reaches `until` (or `stopAfter` for dormant partners). */
function chain(rng: Random, first: number, until: number, stopAfter: number | null): [number, number][] {
  const terms: [number, number][] = [];
  for (let start = first; start <= until; ) {
    const end = start + rng.pick([5, 5, 5, 4, 3]) - 1;
    terms.push([start, end]);
    if (stopAfter !== null && end >= stopAfter) break;
    start = end + 1;
  }
  return terms;
}

function planFor(rng: Random, draft: PartnerDraft, window: AgreementWindow): Plan[] {
  const { country } = draft;
  const all = draft.departments;
  const plans: Plan[] = [];
  const signed = (type: AgreementType, programme: ProgrammeCode | null, start: number, end: number, departments = all): void => {
    plans.push({ type, programme, departments, start, end, state: "signed" });
  };

  const suspension = SUSPENSIONS[country.code];
  // A few institutions are new partners whose first agreement is still being prepared.
  if (draft.programme === null && suspension === undefined && rng.chance(0.06)) {
    const programme: ProgrammeCode = country.erasmusStatus === "programme" ? "KA131" : "BILATERAL";
    const type: AgreementType = programme === "KA131" ? "erasmus-iia" : "bilateral";
    plans.push({ type, programme, departments: all, start: window.current + 1, end: window.current + 5, state: rng.chance(0.6) ? "negotiation" : "draft" });
    return plans;
  }

  let first = draft.programme !== null || rng.chance(0.65) ? rng.int(window.first - 8, window.first - 1) : rng.int(window.first, window.current);
  // Partners in a country where cooperation was later suspended had signed before the suspension.
  if (suspension !== undefined && first >= suspension) first = suspension - rng.int(1, 4);
  // Some cooperations lapse: their last agreement expires and is not renewed.
  const lapse = rng.chance(0.05) ? rng.int(window.first + 1, window.current - 1) : null;
  const stopAfter = lapse !== null && lapse > first ? lapse : null;

  if (draft.programme !== null) {
    for (const [start, end] of chain(rng, first, window.current, null)) signed("programme", draft.programme, start, end, all);
    return plans;
  }

  const erasmusUntil = country.erasmusStatus === "programme" ? Number.POSITIVE_INFINITY : country.formerProgrammeUntil ? Number(country.formerProgrammeUntil.slice(0, 4)) : null;
  if (erasmusUntil !== null) {
    // One inter-institutional agreement per programme generation; the 2021-2027 ones were often signed a year late.
    const late = rng.chance(0.25);
    for (let genStart = ERASMUS_FIRST_YEAR; genStart <= window.current + 1; genStart += ERASMUS_PROGRAMME_YEARS) {
      const genEnd = genStart + ERASMUS_PROGRAMME_YEARS - 1;
      const start = Math.max(first, genStart === 2021 && late ? 2022 : genStart);
      const end = Math.min(genEnd === 2020 && late ? 2021 : genEnd, erasmusUntil);
      if (start > end || start > window.current + 1 || end < first) continue;
      if (stopAfter !== null && start > stopAfter && plans.length > 0) break;
      signed("erasmus-iia", "KA131", start, end);
    }
  }
  if (country.erasmusStatus === "partner") {
    const bilateralFrom = erasmusUntil !== null && erasmusUntil !== Number.POSITIVE_INFINITY ? Math.max(first, erasmusUntil + 1) : first;
    if (rng.chance(0.35)) for (const [start, end] of chain(rng, first, window.current, stopAfter)) signed("framework", null, start, end);
    for (const [start, end] of chain(rng, bilateralFrom, window.current, stopAfter)) signed("bilateral", "BILATERAL", start, end);
    // Erasmus+ international credit mobility (KA171) projects run three academic years.
    if (SUSPENSIONS[country.code] === undefined && rng.chance(0.3)) {
      for (let start = Math.max(first, rng.pick([2022, 2023, 2024])); start <= window.current; start += 3) {
        if (stopAfter !== null && start > stopAfter) break;
        signed("erasmus-iia", "KA171", start, start + 2);
        if (!rng.chance(0.5)) break;
      }
    }
  }
  const ddDepartments = all.filter((d) => DOUBLE_DEGREE_DEPARTMENTS.includes(d));
  if (ddDepartments.length > 0 && rng.chance(0.08)) {
    const start = Math.max(first, window.first - 2 + rng.int(0, 6));
    if (start <= window.current && (stopAfter === null || start <= stopAfter)) {
      signed("double-degree", country.erasmusStatus === "programme" ? "KA131" : "BILATERAL", start, start + 4, [rng.pick(ddDepartments)]);
    }
  }
  return plans;
}

function statusOf(plan: Plan, suspendedFrom: number | null, current: number): AgreementStatus {
  if (plan.state !== "signed") return plan.state;
  if (plan.end < current) return "expired";
  if (suspendedFrom !== null && suspendedFrom <= current) return "suspended";
  if (plan.start > current) return "signed";
  return "active";
}

export function buildAgreements(
  rng: Random,
  id: (kind: string, name: string) => string,
  partners: readonly { draft: PartnerDraft; partnerId: string }[],
  window: AgreementWindow,
): Agreement[] {
  const sequence = new Map<AgreementType, number>();
  const agreements: Agreement[] = [];
  for (const { draft, partnerId } of partners) {
    const partnerRng = rng.fork(draft.candidate.key);
    const suspension = SUSPENSIONS[draft.country.code];
    for (const plan of planFor(partnerRng, draft, window)) {
      // Agreements starting after a suspension were never signed; the one running at that time was suspended.
      if (suspension !== undefined && plan.start >= suspension) continue;
      const suspendedFrom = suspension !== undefined && plan.end >= suspension ? suspension : null;
      const n = (sequence.get(plan.type) ?? 0) + 1;
      sequence.set(plan.type, n);
      const reference = `${REFERENCE_PREFIX[plan.type]}-${plan.start}-${String(n).padStart(4, "0")}`;
      const signedOn = plan.state === "signed" ? formatIsoDate(dayNumber(plan.start - 1, 12, 1) + partnerRng.int(0, 226)) : null;
      agreements.push({
        id: id("agreement", reference),
        reference,
        partnerId,
        type: plan.type,
        programme: plan.programme,
        departments: plan.departments,
        startYear: academicYearCode(plan.start),
        endYear: academicYearCode(plan.end),
        status: statusOf(plan, suspendedFrom, window.current),
        suspendedFromYear: suspendedFrom === null ? null : academicYearCode(suspendedFrom),
        signedOn,
        conditions: buildConditions(partnerRng, plan.type, plan.programme, plan.departments, draft.country),
      });
    }
  }
  return agreements;
}
