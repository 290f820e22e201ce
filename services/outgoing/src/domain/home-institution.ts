import { HOME_INSTITUTION } from "@orbis/demo-data";

/**
 * The home (sending) institution as EWP documents and partner exports name it: ORBIS_HOME_SCHAC and ORBIS_HOME_NAME
 * in production; the demo universe's institution by default.
 */
export const HOME = {
  schacCode: process.env.ORBIS_HOME_SCHAC ?? HOME_INSTITUTION.schacCode,
  name: process.env.ORBIS_HOME_NAME ?? HOME_INSTITUTION.nameEn,
};
