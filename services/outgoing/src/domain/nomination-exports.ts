import { renderPdf } from "@orbis/documents";
import { toCsv } from "../bulk/csv";
import type { NominationView } from "./nominations";
import { eqfOf, iscedOf } from "./nominations";

import { HOME } from "./home-institution";

/** The sending institution's SCHAC code in EWP exchanges. */
export const HOME_SCHAC = HOME.schacCode;

const CSV_COLUMNS = [
  { key: "studentNumber", header: "Student number" },
  { key: "lastName", header: "Last name" },
  { key: "firstName", header: "First name" },
  { key: "email", header: "Email" },
  { key: "level", header: "Study level" },
  { key: "eqf", header: "EQF" },
  { key: "isced", header: "ISCED" },
  { key: "mobilityType", header: "Mobility type" },
  { key: "academicYear", header: "Academic year" },
  { key: "decision", header: "Decision" },
];

const yearLabel = (year: number) => `${year}/${year + 1}`;

export function nominationsCsv(views: readonly NominationView[]): string {
  return toCsv(
    CSV_COLUMNS,
    views.map(({ application, destination, nomination, academicYear }) => ({
      studentNumber: application.studentNumber,
      lastName: application.lastName,
      firstName: application.firstName,
      email: application.email,
      level: application.level,
      eqf: eqfOf(application.level),
      isced: iscedOf(destination),
      mobilityType: destination.mobilityType,
      academicYear: yearLabel(academicYear),
      decision: nomination.decision ?? "",
    })),
  );
}

/** The nomination letter for a host: who we nominate, for which year and field. */
export function nominationsPdf(views: readonly NominationView[], partnerName: string, academicYear: number): Promise<Uint8Array> {
  return renderPdf({
    title: `Nominations ${yearLabel(academicYear)}`,
    subtitle: `${partnerName} - ${HOME_SCHAC}`,
    footer: "Orbis - outgoing mobility",
    language: "en",
    blocks: [
      { kind: "paragraph", text: `We are pleased to nominate the following students for ${yearLabel(academicYear)}.` },
      {
        kind: "table",
        columns: [
          { label: "Student", width: 170 },
          { label: "Email", width: 170 },
          { label: "EQF", width: 40, align: "right" },
          { label: "ISCED", width: 50 },
          { label: "Type", width: 90 },
        ],
        rows: views.map(({ application, destination }) => [
          `${application.lastName.toUpperCase()} ${application.firstName}`,
          application.email,
          String(eqfOf(application.level)),
          iscedOf(destination),
          destination.mobilityType,
        ]),
      },
      { kind: "signature", lines: ["International relations office"] },
    ],
  });
}

/** EWP-shaped nominations: sending and receiving HEI, the students, their level, field and academic term. */
export function nominationsEwp(views: readonly NominationView[], host: { schac: string | null; erasmusCode: string | null; name: string }) {
  return {
    sendingHei: { heiId: HOME_SCHAC },
    receivingHei: { heiId: host.schac, erasmusCode: host.erasmusCode, name: host.name },
    nominations: views.map(({ nomination, application, destination, academicYear }) => ({
      nominationId: nomination.id,
      student: { givenNames: application.firstName, familyName: application.lastName, email: application.email },
      mobilityType: destination.mobilityType as "student-studies",
      eqfLevel: eqfOf(application.level),
      iscedCode: iscedOf(destination),
      academicTerm: { academicYearId: yearLabel(academicYear), termNumber: 1, totalTerms: 2 },
    })),
  };
}
