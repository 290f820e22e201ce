import { HOME_INSTITUTION } from "@orbis/demo-data";

/**
 * This institution as transcripts and EWP documents name it: ORBIS_HOME_SCHAC and ORBIS_HOME_NAME in production;
 * the demo universe's institution by default.
 */
export const HOME = {
  schacCode: process.env.ORBIS_HOME_SCHAC ?? HOME_INSTITUTION.schacCode,
  erasmusCode: HOME_INSTITUTION.erasmusCode,
  countryCode: HOME_INSTITUTION.countryCode,
  nameFr: process.env.ORBIS_HOME_NAME ?? HOME_INSTITUTION.nameFr,
  nameEn: process.env.ORBIS_HOME_NAME ?? HOME_INSTITUTION.nameEn,
  website: HOME_INSTITUTION.website,
};
