import { z } from "zod";
import { AcademicYearStart, CountryCode, EqfLevel, IscedCode } from "../agreements";
import { DepartmentCode } from "../identity";
import { EQF_OF_LEVEL, IsoDate, Sex, StudentNumber, StudyLevel, STUDY_LEVELS } from "../outgoing/common";

export { AcademicYearStart, CountryCode, DepartmentCode, EQF_OF_LEVEL, EqfLevel, IscedCode, IsoDate, Sex, StudentNumber, StudyLevel, STUDY_LEVELS };

/**
 * How the student came: exchange (under an agreement, tuition paid at home), programme (CUPA, PQEE or a partner's
 * own programme), free-mover (applied directly, no agreement, pays fees here).
 */
export const INCOMING_KINDS = ["exchange", "free-mover", "programme"] as const;
export const IncomingKind = z.enum(INCOMING_KINDS);
export type IncomingKind = z.infer<typeof IncomingKind>;

export const INCOMING_PROGRAMMES = ["KA131", "KA171", "BILATERAL", "CUPA", "PQEE", "FREE_MOVER", "PARTNER_PROGRAMME"] as const;
export const IncomingProgramme = z.enum(INCOMING_PROGRAMMES);
export type IncomingProgramme = z.infer<typeof IncomingProgramme>;

/** The kind each programme implies (the service keeps them consistent). */
export const KIND_OF_PROGRAMME: Record<IncomingProgramme, IncomingKind> = {
  KA131: "exchange",
  KA171: "exchange",
  BILATERAL: "exchange",
  CUPA: "programme",
  PQEE: "programme",
  PARTNER_PROGRAMME: "programme",
  FREE_MOVER: "free-mover",
};

/**
 * The stay from the partner's nomination (or the free mover's application) to departure: nominated -> applied ->
 * admitted (or refused) -> enrolled (student number given) -> arrived -> departed; withdrawn at any point before leaving.
 */
export const INCOMING_STATUSES = ["nominated", "applied", "admitted", "refused", "enrolled", "arrived", "departed", "withdrawn"] as const;
export const IncomingStatus = z.enum(INCOMING_STATUSES);
export type IncomingStatus = z.infer<typeof IncomingStatus>;

/** autumn and spring semesters, the full academic year, or a short stay (doctoral, summer school: under a semester). */
export const STAY_PERIODS = ["autumn", "spring", "full-year", "short"] as const;
export const StayPeriod = z.enum(STAY_PERIODS);
export type StayPeriod = z.infer<typeof StayPeriod>;
