import { GRADE_SCALE, type Transcript } from "@orbis/contracts/incoming";
import { el, renderXml, type XmlNode } from "./xml-writer";

export const TORS_NS = "https://github.com/erasmus-without-paper/ewp-specs-api-imobility-tors/blob/stable-v2/endpoints/get-response.xsd";
export const ELMO_NS = "https://github.com/emrex-eu/elmo-schemas/tree/v1";

export interface TorExportInput {
  student: { id: string; firstName: string; lastName: string; birthDate: string; nationality: string; sex: string };
  transcript: Transcript;
  /** This institution, the issuer. */
  issuer: { schacCode: string; erasmusCode: string; countryCode: string; nameFr: string; nameEn: string; website: string };
  /** The student's home institution when it is a partner (the HEI the response is meant for). */
  sendingHei: { schacCode: string | null; name: string } | null;
}

/** ISO 5218 as ELMO: 1 male, 2 female, 9 not applicable (Orbis X: other or undisclosed). */
const GENDER: Record<string, string> = { M: "1", F: "2", X: "9" };
const GRADING_SCHEME_ID = "fr-0-20";
const decimal = (n: number) => String(Math.round(n * 100) / 100);

/** An EWP imobility-tors v2 get-response with one ToR in EMREX ELMO (unsigned: the EWP network layer signs). */
export function torGetResponseXml({ student, transcript, issuer, sendingHei }: TorExportInput): string {
  const los: XmlNode[] = transcript.lines.map((l) =>
    el("learningOpportunitySpecification", [
      el("identifier", l.code, { type: "local" }),
      el("title", l.titleFr, { "xml:lang": "fr" }),
      el("title", l.titleEn, { "xml:lang": "en" }),
      ...(l.titleEs ? [el("title", l.titleEs, { "xml:lang": "es" })] : []),
      el("type", "Course"),
      el("iscedCode", l.iscedCode),
      el("specifies", [
        el("learningOpportunityInstance", [
          el("status", l.result),
          el("gradingSchemeLocalId", GRADING_SCHEME_ID),
          el("resultLabel", decimal(l.grade)),
          el("credit", [el("scheme", "ects"), el("value", decimal(l.ectsObtained))]),
          el("extension", [el("orbis:ectsGrade", l.ectsGrade, { "xmlns:orbis": "https://orbis.test/ns/tor" })]),
        ]),
      ]),
    ]),
  );
  const scaleText = `French scale: grades from ${GRADE_SCALE.min} to ${GRADE_SCALE.max} in steps of ${GRADE_SCALE.step}; ${GRADE_SCALE.passMark} and above passes and earns the course's ECTS credits.`;
  const document = el(
    "imobility-tors-get-response",
    [
      el("tor", [
        el("omobility-id", student.id),
        ...(sendingHei ? [{ comment: `sending HEI: ${sendingHei.schacCode ?? "(no SCHAC code)"} ${sendingHei.name}` }] : []),
        el(
          "elmo",
          [
            el("generatedDate", transcript.issuedAt),
            el("learner", [
              el("citizenship", student.nationality),
              el("givenNames", student.firstName),
              el("familyName", student.lastName),
              el("bday", student.birthDate),
              el("gender", GENDER[student.sex] ?? "0"),
            ]),
            el("report", [
              el("issuer", [
                el("country", issuer.countryCode),
                el("identifier", issuer.schacCode, { type: "schac" }),
                el("identifier", issuer.erasmusCode, { type: "erasmus" }),
                el("title", issuer.nameFr, { "xml:lang": "fr" }),
                el("title", issuer.nameEn, { "xml:lang": "en" }),
                el("url", issuer.website),
              ]),
              ...los,
              el("issueDate", transcript.issuedAt),
              el("gradingScheme", [el("description", scaleText, { "xml:lang": "en" })], { localId: GRADING_SCHEME_ID }),
            ]),
          ],
          { xmlns: ELMO_NS },
        ),
      ]),
    ],
    { xmlns: TORS_NS, "xmlns:xml": "http://www.w3.org/XML/1998/namespace" },
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(document)}\n`;
}
