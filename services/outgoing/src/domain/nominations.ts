import { EQF_OF_LEVEL, type Nomination, type StudyLevel } from "@orbis/contracts/outgoing";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { and, eq, gte, inArray, lte, ne, sql } from "drizzle-orm";
import { applications, callDestinations, calls, mobilities, nominations } from "../db/schema/index";

export type NominationRow = typeof nominations.$inferSelect;
type ApplicationRow = typeof applications.$inferSelect;
type DestinationRow = typeof callDestinations.$inferSelect;

export interface NominationView {
  nomination: NominationRow;
  application: ApplicationRow;
  destination: DestinationRow;
  academicYear: number;
}

/** ISCED-F 00 "generic programmes" when the agreement names no field. */
export const iscedOf = (destination: DestinationRow) => destination.iscedCodes[0] ?? "00";
export const eqfOf = (level: string) => EQF_OF_LEVEL[level as StudyLevel];

export function toNomination({ nomination, application, destination, academicYear }: NominationView): Nomination {
  return {
    id: nomination.id,
    callId: nomination.callId,
    applicationId: nomination.applicationId,
    destinationId: nomination.destinationId,
    agreementId: destination.agreementId,
    conditionId: destination.conditionId,
    partnerId: destination.partnerId,
    partnerName: destination.partnerName,
    partnerCountry: destination.partnerCountry,
    studentNumber: application.studentNumber,
    firstName: application.firstName,
    lastName: application.lastName,
    email: application.email,
    department: application.department,
    level: application.level as StudyLevel,
    mobilityType: destination.mobilityType as Nomination["mobilityType"],
    academicYear,
    eqfLevel: eqfOf(application.level),
    iscedCode: iscedOf(destination),
    status: nomination.status as Nomination["status"],
    decision: nomination.decision as Nomination["decision"],
    decidedOn: nomination.decidedOn,
    decisionNote: nomination.decisionNote,
    mobilityId: nomination.mobilityId,
    version: nomination.version,
    createdAt: nomination.createdAt.toISOString(),
    updatedAt: nomination.updatedAt.toISOString(),
  };
}

/** Nominations with their application, destination and call year. */
export async function nominationViews(db: Db, where: ReturnType<typeof and>): Promise<NominationView[]> {
  const rows = await db
    .select({ nomination: nominations, application: applications, destination: callDestinations, academicYear: calls.academicYear })
    .from(nominations)
    .innerJoin(applications, eq(applications.id, nominations.applicationId))
    .innerJoin(callDestinations, eq(callDestinations.id, nominations.destinationId))
    .innerJoin(calls, eq(calls.id, nominations.callId))
    .where(where)
    .orderBy(callDestinations.partnerName, applications.lastName, applications.firstName, nominations.id);
  return rows;
}

export async function loadNominationView(db: Db, id: string): Promise<NominationView> {
  const [view] = await nominationViews(db, and(eq(nominations.id, id)));
  if (!view) throw new HttpProblem("not_found", "No such nomination.");
  return view;
}

/** The autumn semester of the academic year, the default stay when the host gives no dates. */
export const autumnSemester = (academicYear: number) => ({ start: `${academicYear}-09-01`, end: `${academicYear + 1}-01-31` });

/** 409 when the student already has a planned or ongoing mobility overlapping the dates. */
export async function assertNoOverlappingMobility(db: Db, studentNumber: string, start: string, end: string, exceptId?: string): Promise<void> {
  // Serialises acceptances of the same student: the check below sees every mobility committed before.
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`mobility:${studentNumber}`}))`);
  const [clash] = await db
    .select({ id: mobilities.id, hostName: mobilities.hostName, plannedStart: mobilities.plannedStart, plannedEnd: mobilities.plannedEnd })
    .from(mobilities)
    .where(
      and(
        eq(mobilities.studentNumber, studentNumber),
        inArray(mobilities.status, ["planned", "in-progress"]),
        lte(mobilities.plannedStart, end),
        gte(mobilities.plannedEnd, start),
        ...(exceptId ? [ne(mobilities.id, exceptId)] : []),
      ),
    )
    .limit(1);
  if (clash) {
    throw new HttpProblem("conflict", `Student ${studentNumber} already has a mobility at ${clash.hostName} from ${clash.plannedStart} to ${clash.plannedEnd}, overlapping ${start} - ${end}.`);
  }
}

/** The mobility an accepted nomination becomes: the student's fields copied, the host and the planned stay. */
export function mobilityValues({ application, destination, academicYear }: NominationView, programme: string, plannedStart: string, plannedEnd: string): typeof mobilities.$inferInsert {
  return {
    studentNumber: application.studentNumber,
    firstName: application.firstName,
    lastName: application.lastName,
    email: application.email,
    department: application.department,
    level: application.level,
    sex: application.sex,
    nationality: application.nationality,
    scholarshipHolder: application.scholarshipHolder,
    disability: application.disability,
    fewerOpportunities: application.fewerOpportunities,
    applicationId: application.id,
    programme,
    mobilityType: destination.mobilityType,
    academicYear,
    agreementId: destination.agreementId,
    conditionId: destination.conditionId,
    partnerId: destination.partnerId,
    hostName: destination.partnerName,
    hostCountry: destination.partnerCountry,
    hostCity: destination.partnerCity,
    eqfLevel: eqfOf(application.level),
    iscedCode: iscedOf(destination),
    plannedStart,
    plannedEnd,
  };
}
