import { parseIsoDate } from "../core/dates";
import type { Random } from "../core/random";
import { COVID, WAR_IN_UKRAINE } from "../data/disruptions";
import type { Direction, MobilityStatus } from "../types";

export interface OutcomeInput {
  direction: Direction;
  start: number;
  plannedEnd: number;
  /** First calendar year of the academic year. */
  year: number;
  countryCode: string;
  inEurope: boolean;
  /** Today, as a day number. */
  reference: number;
  /** Share of mobilities cancelled before departure in an ordinary year. */
  cancellationShare: number;
  /** Share of stays interrupted in an ordinary year. */
  interruptionShare: number;
}

export interface Outcome {
  status: MobilityStatus;
  /** Actual end (the planned end unless the stay was interrupted). */
  end: number;
}

const LOCKDOWN = parseIsoDate(COVID.lockdown);
const LAST_COVID_RETURN = parseIsoDate(COVID.lastReturn);
const COVID_STARTS_FROM = parseIsoDate(COVID.cancelledStarts.from);
const COVID_STARTS_TO = parseIsoDate(COVID.cancelledStarts.to);
const WAR = parseIsoDate(WAR_IN_UKRAINE.date);
const LAST_WAR_RETURN = parseIsoDate(WAR_IN_UKRAINE.lastReturn);

function cancellationShare(input: OutcomeInput): number {
  const { start, year, countryCode, inEurope, direction } = input;
  let share = input.cancellationShare;
  if (start >= COVID_STARTS_FROM && start <= COVID_STARTS_TO) share = Math.max(share, countryCode === "CN" ? COVID.cancelledStarts.chinaShare : COVID.cancelledStarts.share);
  const yearly = COVID.yearCancellation[year];
  if (yearly) {
    const closed = (COVID.closedBorders as readonly string[]).includes(countryCode);
    share = Math.max(share, closed ? yearly.closedBorders : inEurope ? yearly.europe : yearly.world);
  }
  if (direction === "outgoing" && (WAR_IN_UKRAINE.countries as readonly string[]).includes(countryCode) && start >= WAR) share = 1;
  return share;
}

/** Actual end if the stay is interrupted, else null. */
function interruption(rng: Random, input: OutcomeInput): number | null {
  const { start, plannedEnd, direction, countryCode } = input;
  if (start < WAR && plannedEnd > WAR && direction === "outgoing" && (WAR_IN_UKRAINE.countries as readonly string[]).includes(countryCode)) {
    if (rng.chance(WAR_IN_UKRAINE.interruptionShare)) return rng.int(WAR + 1, LAST_WAR_RETURN);
  }
  if (start < LOCKDOWN && plannedEnd > LOCKDOWN && rng.chance(COVID.interruptionShare)) return rng.int(LOCKDOWN + 1, LAST_COVID_RETURN);
  if (plannedEnd - start > 30 && rng.chance(input.interruptionShare)) {
    return start + Math.round((plannedEnd - start) * (0.3 + 0.4 * rng.next()));
  }
  return null;
}

/** Status of a mobility at the reference date, with the historical disruptions (COVID-19, the war in Ukraine). */
export function decideOutcome(rng: Random, input: OutcomeInput): Outcome {
  const { start, plannedEnd, reference } = input;
  if (rng.chance(cancellationShare(input))) return { status: "cancelled", end: plannedEnd };
  if (start > reference) return { status: "planned", end: plannedEnd };
  const interruptedAt = interruption(rng, input);
  if (interruptedAt !== null && interruptedAt < reference) return { status: "interrupted", end: interruptedAt };
  return { status: plannedEnd < reference ? "completed" : "in-progress", end: plannedEnd };
}
