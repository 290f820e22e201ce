export const IIAS_GET_NS = "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd";
export const CONTACT_NS = "https://github.com/erasmus-without-paper/ewp-specs-types-contact/tree/stable-v1";
export const PHONE_NS = "https://github.com/erasmus-without-paper/ewp-specs-types-phonenumber/tree/stable-v1";
export const IIAS_GET_SCHEMA_URL =
  "https://raw.githubusercontent.com/erasmus-without-paper/ewp-specs-api-iias/stable-v7/endpoints/get-response.xsd";

/** Orbis mobility type <-> EWP cooperation-condition element, in the order the schema requires. */
export const SPEC_ELEMENTS = {
  "student-studies": "student-studies-mobility-spec",
  "student-traineeship": "student-traineeship-mobility-spec",
  "staff-teaching": "staff-teacher-mobility-spec",
  "staff-training": "staff-training-mobility-spec",
} as const;
export type SpecElement = (typeof SPEC_ELEMENTS)[keyof typeof SPEC_ELEMENTS];

/** Staff mobility is counted in days by EWP, Orbis counts months for every condition: one month = 30 days. */
export const DAYS_PER_MONTH = 30;

/** ISO 639 "undetermined": the schema requires a language skill for studies and teaching; Orbis may have none. */
export const UNDETERMINED_LANGUAGE = "und";
