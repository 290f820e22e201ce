import type { CreateStaffMobility } from "@orbis/contracts/erasmus";

/** The new-application form as typed (strings), and what it sends. */
export const emptyStaffDraft = {
  type: "teaching",
  firstName: "",
  lastName: "",
  email: "",
  sex: "F",
  category: "academic",
  department: "",
  fewerOpportunities: false,
  hostName: "",
  hostCode: "",
  hostCountry: "",
  hostCity: "",
  startDate: "",
  endDate: "",
  travelDays: "0",
  distanceKm: "",
  greenTravel: false,
  teachingHours: "8",
  programme: "",
};
export type StaffDraft = typeof emptyStaffDraft;

const int = (value: string) => (value.trim() === "" ? Number.NaN : Number(value.trim()));

export function staffBody(d: StaffDraft): CreateStaffMobility {
  return {
    type: d.type as CreateStaffMobility["type"],
    participant: {
      firstName: d.firstName,
      lastName: d.lastName,
      email: d.email,
      sex: d.sex as "F" | "M" | "X",
      category: d.category as "academic" | "administrative",
      department: d.department.trim() === "" ? null : d.department.trim().toUpperCase(),
      fewerOpportunities: d.fewerOpportunities,
    },
    host: { name: d.hostName, erasmusCode: d.hostCode.trim() || null, countryCode: d.hostCountry.trim().toUpperCase(), city: d.hostCity },
    startDate: d.startDate,
    endDate: d.endDate,
    travelDays: int(d.travelDays),
    distanceKm: int(d.distanceKm),
    greenTravel: d.greenTravel,
    teachingHours: d.type === "teaching" ? int(d.teachingHours) : null,
    programme: d.programme,
  };
}

/** The form field a server error path belongs to ("participant.lastName" -> "lastName"). */
export const STAFF_FIELD_OF: Record<string, keyof StaffDraft> = {
  "participant.firstName": "firstName",
  "participant.lastName": "lastName",
  "participant.email": "email",
  "participant.department": "department",
  "host.name": "hostName",
  "host.erasmusCode": "hostCode",
  "host.countryCode": "hostCountry",
  "host.city": "hostCity",
};
