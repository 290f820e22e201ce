import type { ErasmusMobility } from "@orbis/contracts/outgoing";
import type { GrantSettings, StudentGrantInput } from "@orbis/contracts/erasmus";
import { days360 } from "./grants/days";

/** What a new grant starts with: the team adds the distance band, green travel, travel days and periods. */
export const DEFAULT_SETTINGS: GrantSettings = { distanceBand: null, greenTravel: false, travelDays: 0, interruptions: [], zeroGrantPeriods: [] };

/** The mobility's fields the grant depends on: a change of one of them in outgoing recalculates the grant. */
export const GRANT_FIELDS = ["plannedStart", "plannedEnd", "actualStart", "actualEnd", "hostCountry", "mobilityType", "fewerOpportunities", "status", "programme"] as const;

/** The dates the grant is computed on: actual ones once known, else the planned ones. */
export function periodOf(m: Pick<ErasmusMobility, "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd">) {
  return { start: m.actualStart ?? m.plannedStart, end: m.actualEnd ?? m.plannedEnd };
}

/** The grant engine's input for a student mobility read from the outgoing service, with the team's settings. */
export function studentGrantInput(m: ErasmusMobility, settings: GrantSettings): StudentGrantInput {
  const { start, end } = periodOf(m);
  return {
    kind: "student",
    action: m.programme === "KA171" ? "KA171" : "KA131",
    callYear: m.academicYear,
    activity: m.mobilityType === "student-traineeship" ? "traineeship" : "studies",
    // Blended and doctoral short-term stays last 5-30 days; long-term ones at least 2 months.
    shortTerm: end >= start && days360(start, end) <= 30,
    start,
    end,
    countryCode: m.hostCountry,
    fewerOpportunities: m.fewerOpportunities,
    ...settings,
  };
}

export function settingsOf(input: GrantSettings): GrantSettings {
  return {
    distanceBand: input.distanceBand,
    greenTravel: input.greenTravel,
    travelDays: input.travelDays,
    interruptions: input.interruptions,
    zeroGrantPeriods: input.zeroGrantPeriods,
  };
}

/** The grant-relevant differences between the last snapshot and the mobility as outgoing has it now. */
export function mobilityChanges(before: ErasmusMobility, after: ErasmusMobility) {
  return GRANT_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({ field, before: before[field], after: after[field] }));
}

export const participantName = (m: ErasmusMobility) => `${m.student.lastName.toUpperCase()} ${m.student.firstName}`;
