import type { Random } from "../core/random";
import { DEPARTMENT_SEEDS } from "../data/departments";
import type { Direction, Mobility, MobilityType, Sex, StaffMember } from "../types";
import { dayInTeachingYear } from "./calendar";
import type { MobilityContext } from "./context";
import { isInEurope, yearWeight } from "./context";
import { ANY_DEPARTMENT } from "./eligibility";
import { assembleMobility, greenTravel, pickIsced } from "./mobility-record";
import { decideOutcome } from "./outcomes";
import { slug } from "../core/text";
import { personName } from "./people";

/** Staff mobilities per academic year at scale 1, before the yearly weights. */
const VOLUMES: readonly { direction: Direction; type: MobilityType; perYear: number }[] = [
  { direction: "outgoing", type: "staff-teaching", perYear: 14 },
  { direction: "outgoing", type: "staff-training", perYear: 5 },
  { direction: "incoming", type: "staff-teaching", perYear: 9 },
  { direction: "incoming", type: "staff-training", perYear: 3 },
];
/** ISCED-F 0413: management and administration (staff training in international offices). */
const TRAINING_ISCED = "0413";
/** Central staff who go on staff weeks abroad. */
const TRAINING_ROLES = new Set(["erasmus", "incoming", "outgoing", "agreements"]);

export function buildStaffMobilities(ctx: MobilityContext, staff: readonly StaffMember[]): Mobility[] {
  const teachers = staff.filter((s) => s.kind === "academic" && s.department !== null);
  const trainees = staff.filter((s) => s.kind === "administrative" && (s.roles.some((r) => TRAINING_ROLES.has(r)) || s.roles.length === 0));
  const mobilities: Mobility[] = [];
  for (let year = ctx.firstYear; year <= ctx.currentYear; year++) {
    for (const { direction, type, perYear } of VOLUMES) {
      const rng = ctx.rng.fork(`staff/${year}/${direction}/${type}`);
      const count = Math.round(perYear * yearWeight(year, "staff") * ctx.scale);
      for (let slot = 0; slot < count; slot++) {
        const id = ctx.id("mobility", `${year}/${direction}-${type}/${slot}`);
        const mobility = staffMobility(ctx, rng, id, year, direction, type, type === "staff-teaching" ? teachers : trainees);
        if (mobility) mobilities.push(mobility);
      }
    }
  }
  return mobilities;
}

function staffMobility(
  ctx: MobilityContext,
  rng: Random,
  id: string,
  year: number,
  direction: Direction,
  type: MobilityType,
  homeStaff: readonly StaffMember[],
): Mobility | null {
  let member: StaffMember | null = null;
  let department: string | null = null;
  let option = null;
  for (let attempt = 0; attempt < 6 && !option; attempt++) {
    if (direction === "outgoing") {
      member = rng.pick(homeStaff);
      department = type === "staff-teaching" ? member.department : null;
    } else {
      department = type === "staff-teaching" ? rng.weighted(DEPARTMENT_SEEDS, (d) => d.incomingWeight).code : null;
    }
    option = ctx.index.pick(rng, year, direction, type, department ?? ANY_DEPARTMENT, null);
  }
  if (!option) return null;
  const { agreement, condition, partner, country } = option;

  let visitingStaff: Mobility["visitingStaff"] = null;
  if (direction === "incoming") {
    const sex: Sex = rng.chance(0.55) ? "F" : "M";
    const { firstName, lastName } = personName(rng, country.culture, sex);
    visitingStaff = { firstName, lastName, sex, email: `${slug(firstName)}.${slug(lastName)}@${partner.schacCode}` };
  }
  const departmentIsced = DEPARTMENT_SEEDS.find((d) => d.code === department)?.iscedCodes;
  // Staff training is not tied to a department, but an outgoing trainee may work in a department's office.
  if (type === "staff-training" && direction === "outgoing" && member) department = member.department;
  const start = dayInTeachingYear(rng, year);
  // Two to five working days, plus up to two travel days.
  const plannedEnd = start + rng.int(1, 4) + rng.int(0, 2);
  const inEurope = isInEurope(country);
  const outcome = decideOutcome(rng, { direction, start, plannedEnd, year, countryCode: country.code, inEurope, reference: ctx.reference, cancellationShare: 0.04, interruptionShare: 0 });
  return assembleMobility(
    rng,
    {
      id,
      direction,
      participantType: "staff",
      mobilityType: type,
      studentId: null,
      staffId: direction === "outgoing" && member ? member.id : null,
      visitingStaff,
      partnerId: partner.id,
      agreementId: agreement.id,
      externalInstitution: null,
      countryCode: country.code,
      city: partner.city,
      programme: agreement.programme ?? "BILATERAL",
      department,
      level: null,
      eqfLevel: null,
      iscedCode: departmentIsced ? pickIsced(rng, condition.iscedCodes, departmentIsced) : TRAINING_ISCED,
      period: "short-term",
      shortTerm: true,
      blended: false,
      greenTravel: greenTravel(rng, year, inEurope),
      ectsPlanned: null,
    },
    year,
    start,
    plannedEnd,
    outcome,
  );
}
