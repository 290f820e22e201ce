import type { BENEFICIARY_COLUMNS} from "@orbis/contracts/erasmus";
import { type GrantInput, type GrantResult } from "@orbis/contracts/erasmus";
import type { ErasmusMobility } from "@orbis/contracts/outgoing";
import { HOME_INSTITUTION } from "@orbis/demo-data";

/** The sending institution as the Beneficiary Module names it: ORBIS_HOME_ERASMUS_CODE and ORBIS_HOME_CITY in production. */
const HOME = {
  erasmusCode: process.env.ORBIS_HOME_ERASMUS_CODE ?? HOME_INSTITUTION.erasmusCode,
  countryCode: process.env.ORBIS_HOME_COUNTRY ?? HOME_INSTITUTION.countryCode,
  city: process.env.ORBIS_HOME_CITY ?? HOME_INSTITUTION.city,
};
import type { GrantRow } from "./grant-rows";
import { overlapDays360 } from "./grants/days";

type Cell = string | number | boolean | null;

/** The Beneficiary Module's activity type for a grant. */
function activityType(input: GrantInput): string {
  if (input.kind === "staff") return input.activity === "teaching" ? "Staff mobility for teaching" : "Staff mobility for training";
  return input.activity === "traineeship" ? "Student mobility for traineeships" : "Student mobility for studies";
}

const euros = (cents: number | undefined) => (cents === undefined ? 0 : Math.round(cents) / 100);

/** One Beneficiary Module row per mobility (DOMAIN.md fields); amounts in euros. */
export function beneficiaryRow(grant: GrantRow, sending = HOME): Record<(typeof BENEFICIARY_COLUMNS)[number], Cell> {
  const input = grant.input as GrantInput;
  const result = grant.result as GrantResult | null;
  const m = grant.source === "student" ? (grant.snapshot as ErasmusMobility) : null;
  const amount = (code: string) => euros(result?.components.find((c) => c.code === code)?.amountCents);
  return {
    mobilityId: grant.mobilityId,
    activityType: activityType(input),
    longTerm: input.kind === "student" && !input.shortTerm,
    blended: input.kind === "student" && input.shortTerm,
    participantId: grant.participantRef,
    gender: m?.student.sex ?? null,
    // The outgoing contract does not carry the birth date: the Beneficiary Module asks for it (see the pre-check note).
    birthDate: null,
    nationality: m?.student.nationality ?? null,
    fewerOpportunities: input.fewerOpportunities,
    recentGraduate: false,
    iscedField: m?.iscedCode ?? null,
    eqfLevel: m?.eqfLevel ?? null,
    sendingOrganisation: sending.erasmusCode,
    sendingCountry: sending.countryCode,
    sendingCity: sending.city,
    receivingOrganisation: grant.hostName,
    receivingCountry: grant.countryCode,
    receivingCity: m?.hostCity ?? null,
    distanceBand: input.distanceBand,
    greenTravel: input.greenTravel,
    startDate: input.start,
    endDate: input.end,
    interruptionDays: input.interruptions.reduce((s, p) => s + overlapDays360(p, input.start, input.end), 0),
    fundedDays: result?.fundedDays ?? null,
    fundedMonths: result ? Math.round((result.fundedDays / 30) * 100) / 100 : null,
    individualSupport: amount("individualSupport"),
    fewerOpportunitiesTopUp: amount("fewerOpportunities"),
    traineeshipTopUp: amount("traineeship"),
    travelSupport: amount("travel"),
    greenTravelTopUp: amount("greenTopUp"),
    total: euros(grant.totalCents),
  };
}

/** What would make a row rejected or wrong in the Beneficiary Module. */
export function rowIssues(grant: GrantRow): string[] {
  const issues: string[] = [];
  const row = beneficiaryRow(grant);
  if (grant.problem) issues.push(`Grant not computed: ${grant.problem}`);
  if (!row.distanceBand) issues.push("Distance band missing");
  if (!row.receivingCity) issues.push("Receiving city missing");
  if (!row.iscedField) issues.push("ISCED field missing");
  if (!row.gender) issues.push("Gender missing");
  if (grant.mobilityStatus === "planned") issues.push("Mobility not started: dates are the planned ones");
  if (grant.totalCents > 0 && grant.paidCents > grant.totalCents) issues.push("Paid more than the grant");
  return issues;
}
