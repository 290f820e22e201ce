import type { DestinationGroup, GrantComponent, GrantInput, GrantResult, RateTable } from "@orbis/contracts/erasmus";
import { days360, overlapDays360 } from "./days";
import { GrantInputError } from "./errors";

const euros = (cents: number) => `${(cents / 100).toFixed(2)} EUR`;

/** The destination's group in the call year's rates: G1-G3 for programme countries, "partner" for the others (KA171). */
export function destinationGroup(rates: RateTable, countryCode: string, action: GrantInput["action"]): DestinationGroup {
  for (const group of ["G1", "G2", "G3"] as const) if (rates.countryGroups[group].includes(countryCode)) return group;
  if (action === "KA171") return "partner";
  throw new GrantInputError("countryCode", `No rate for ${countryCode} in call ${rates.callYear}: it is in no country group of the KA131 rates.`);
}

/**
 * The grant of one participant: individual support (by 30-day months and days, or by day for short-term and staff),
 * top-ups, travel. Pure; every amount says which rule and which rate it comes from. Throws GrantInputError.
 */
export function computeGrant(input: GrantInput, rates: RateTable): GrantResult {
  if (input.end < input.start) throw new GrantInputError("end", "The mobility ends before it starts.");
  if (rates.callYear !== input.callYear) throw new GrantInputError("callYear", `These rates are for call ${rates.callYear}, not ${input.callYear}.`);
  for (const [field, periods] of [["interruptions", input.interruptions], ["zeroGrantPeriods", input.zeroGrantPeriods]] as const) {
    periods.forEach((p, i) => {
      if (p.end < p.start) throw new GrantInputError(`${field}.${i}.end`, "The period ends before it starts.");
      if (p.start < input.start || p.end > input.end) throw new GrantInputError(`${field}.${i}.start`, "The period is outside the mobility.");
    });
  }
  const group = destinationGroup(rates, input.countryCode, input.action);
  const interrupted = input.interruptions.reduce((sum, p) => sum + overlapDays360(p, input.start, input.end), 0);
  const zeroGrant = input.zeroGrantPeriods.reduce((sum, p) => sum + overlapDays360(p, input.start, input.end), 0);
  const durationDays = Math.max(0, days360(input.start, input.end) - interrupted);
  const stayDays = Math.max(0, durationDays - zeroGrant);
  const travelDays = stayDays === 0 ? 0 : Math.min(input.travelDays, input.greenTravel ? rates.maxTravelDays.green : rates.maxTravelDays.standard);
  const fundedDays = stayDays + travelDays;
  const components: GrantComponent[] = [];

  const travelSupported = travelEligible(input, rates);
  if (input.kind === "staff") components.push(...staffSupport(input, rates, group, fundedDays));
  else if (input.shortTerm) components.push(...shortTermSupport(input, rates, fundedDays));
  else components.push(...longTermSupport(input, rates, group, fundedDays));

  if (fundedDays > 0 && travelSupported) components.push(travelComponent(input, rates));
  else if (fundedDays > 0 && input.greenTravel && rates.greenTravelTopUp > 0) {
    components.push({
      code: "greenTopUp",
      amountCents: rates.greenTravelTopUp,
      rule: "green-travel-top-up",
      lines: [{ unit: "once", quantity: 1, rateCents: rates.greenTravelTopUp, amountCents: rates.greenTravelTopUp }],
      explanation: `Green travel without travel support: ${euros(rates.greenTravelTopUp)} once.`,
    });
  }
  const kept = components.filter((c) => c.amountCents > 0);
  return {
    group,
    durationDays,
    fundedDays,
    travelDays,
    fundedMonths: Math.floor(fundedDays / 30),
    fundedExtraDays: fundedDays % 30,
    components: kept,
    totalCents: kept.reduce((sum, c) => sum + c.amountCents, 0),
  };
}

function travelEligible(input: GrantInput, rates: RateTable): boolean {
  if (input.kind === "staff" || input.action === "KA171" || input.shortTerm) return true;
  return rates.longTermStudentTravel === "all" || (rates.longTermStudentTravel === "fewer-opportunities" && input.fewerOpportunities);
}

/** Monthly rate over 30-day months: whole months at the rate, the remaining days pro rata (rounded to the cent). */
function monthly(code: GrantComponent["code"], rule: string, rateCents: number, fundedDays: number, what: string): GrantComponent {
  const months = Math.floor(fundedDays / 30);
  const days = fundedDays % 30;
  const dayRate = rateCents / 30;
  const monthsAmount = months * rateCents;
  const daysAmount = Math.round(days * dayRate);
  return {
    code,
    amountCents: monthsAmount + daysAmount,
    rule,
    lines: [
      { unit: "month", quantity: months, rateCents, amountCents: monthsAmount },
      { unit: "day", quantity: days, rateCents: Math.round(dayRate), amountCents: daysAmount },
    ],
    explanation: `${what}: ${months} month(s) x ${euros(rateCents)} + ${days} day(s) x ${euros(rateCents)}/30 = ${euros(monthsAmount + daysAmount)}.`,
  };
}

function longTermSupport(input: Extract<GrantInput, { kind: "student" }>, rates: RateTable, group: DestinationGroup, fundedDays: number): GrantComponent[] {
  const out = [monthly("individualSupport", `student-monthly-${group}`, rates.studentMonthly[group], fundedDays, `Individual support, ${group} rate of call ${rates.callYear}`)];
  if (input.fewerOpportunities) out.push(monthly("fewerOpportunities", "fewer-opportunities-monthly", rates.fewerOpportunitiesMonthly, fundedDays, "Fewer-opportunities top-up"));
  if (input.activity === "traineeship") out.push(monthly("traineeship", "traineeship-monthly", rates.traineeshipMonthly, fundedDays, "Traineeship top-up"));
  return out;
}

/** Days 1-14 at the first rate, later days at the second (short-term students; staff use their own rates). */
function tiered(code: GrantComponent["code"], rule: string, first: number, later: number, fundedDays: number, what: string): GrantComponent {
  const early = Math.min(fundedDays, 14);
  const rest = fundedDays - early;
  const amount = early * first + rest * later;
  return {
    code,
    amountCents: amount,
    rule,
    lines: [
      { unit: "day", quantity: early, rateCents: first, amountCents: early * first },
      { unit: "day", quantity: rest, rateCents: later, amountCents: rest * later },
    ],
    explanation: `${what}: ${early} day(s) x ${euros(first)}${rest ? ` + ${rest} day(s) x ${euros(later)}` : ""} = ${euros(amount)}.`,
  };
}

function shortTermSupport(input: Extract<GrantInput, { kind: "student" }>, rates: RateTable, fundedDays: number): GrantComponent[] {
  const out = [tiered("individualSupport", "short-term-daily", rates.shortTermDaily.upTo14, rates.shortTermDaily.from15, fundedDays, "Short-term individual support")];
  if (input.fewerOpportunities && fundedDays > 0) {
    const amount = fundedDays <= 14 ? rates.fewerOpportunitiesShortTerm.upTo14 : rates.fewerOpportunitiesShortTerm.from15;
    out.push({
      code: "fewerOpportunities",
      amountCents: amount,
      rule: fundedDays <= 14 ? "fewer-opportunities-short-5-14" : "fewer-opportunities-short-15-30",
      lines: [{ unit: "once", quantity: 1, rateCents: amount, amountCents: amount }],
      explanation: `Fewer-opportunities top-up for a short-term mobility of ${fundedDays} day(s): ${euros(amount)} once.`,
    });
  }
  return out;
}

function staffSupport(input: Extract<GrantInput, { kind: "staff" }>, rates: RateTable, group: DestinationGroup, fundedDays: number): GrantComponent[] {
  const rate = rates.staffDaily[group];
  const later = Math.round((rate * rates.staffLaterDaysPercent) / 100);
  const what = `Staff ${input.activity} individual support, ${group} rate of call ${rates.callYear}`;
  return [tiered("individualSupport", `staff-daily-${group}`, rate, later, fundedDays, what)];
}

function travelComponent(input: GrantInput, rates: RateTable): GrantComponent {
  if (!input.distanceBand) throw new GrantInputError("distanceBand", "The distance band is needed for travel support.");
  const band = rates.travel.find((b) => b.band === input.distanceBand);
  if (!band) throw new GrantInputError("distanceBand", `No travel rate for the band ${input.distanceBand} in call ${rates.callYear}.`);
  const green = input.greenTravel && band.green !== null;
  const amount = green ? band.green! : band.standard;
  return {
    code: "travel",
    amountCents: amount,
    rule: green ? `travel-green-${band.band}` : `travel-standard-${band.band}`,
    lines: [{ unit: "once", quantity: 1, rateCents: amount, amountCents: amount }],
    explanation: `Travel support, ${band.band} km band, ${green ? "green" : "standard"} rate: ${euros(amount)}.`,
  };
}
