import type { ComponentChange, LaRevision, Signature } from "@orbis/contracts/outgoing";
import { el, renderXml, type XmlNode } from "./xml-writer";

export const LAS_NS = "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/get-response.xsd";
export const TRM_NS = "https://github.com/erasmus-without-paper/ewp-specs-types-academic-term/tree/stable-v2";

/** What cannot be exported as a valid EWP document, with the reason for the user. */
export class EwpExportError extends Error {}

export interface LaExportInput {
  mobility: {
    id: string;
    firstName: string;
    lastName: string;
    email: string;
    nationality: string;
    sex: string;
    department: string;
    academicYear: number;
    plannedStart: string;
    plannedEnd: string;
    eqfLevel: number;
    iscedCode: string;
  };
  sendingHei: { schacCode: string; name: string };
  receivingHei: { schacCode: string; name: string };
  /** Every revision of the learning agreement, any order. */
  revisions: LaRevision[];
}

/** ISO 5218, as EWP: 1 male, 2 female, 9 not applicable (Orbis X: other or undisclosed). */
const GENDER: Record<string, string> = { M: "1", F: "2", X: "9" };
const TERM: Record<string, [number, number]> = { S1: [1, 2], S2: [2, 2], year: [1, 1] };

function splitName(name: string): { given: string; family: string } {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? { given: parts.slice(0, -1).join(" "), family: parts.at(-1)! } : { given: parts[0]!, family: parts[0]! };
}

const changeAttrs = (change: ComponentChange | undefined): Record<string, string> | undefined =>
  change
    ? { status: change.status, ...(change.reasonCode ? { "reason-code": change.reasonCode } : {}), ...(change.reasonText ? { "reason-text": change.reasonText } : {}) }
    : undefined;

const termId = (semester: string): XmlNode => {
  const [n, total] = TERM[semester]!;
  return el("term-id", [el("trm:term-number", n), el("trm:total-terms", total)]);
};
const credit = (value: number): XmlNode => el("credit", [el("scheme", "ects"), el("value", value)]);

const signature = (name: string, s: Signature): XmlNode =>
  el(name, [el("signer-name", s.name), el("signer-position", s.position), el("signer-email", s.email), el("timestamp", s.signedAt), el("signer-app", "Orbis")]);

/** Tables A, B and virtual components with the signatures, as EWP ListOf_Components. */
function components(r: LaRevision): XmlNode[] {
  const nodes: XmlNode[] = [];
  if (r.tableA.length) {
    nodes.push(
      el(
        "components-studied",
        r.tableA.map((c) => el("component", [...(c.code ? [el("los-code", c.code)] : []), el("title", c.title), termId(c.semester), credit(c.credits)], changeAttrs(c.change))),
      ),
    );
  }
  if (r.tableB.length) {
    nodes.push(el("components-recognized", r.tableB.map((c) => el("component", [el("los-code", c.code), el("title", c.title), termId(c.semester), credit(c.credits)], changeAttrs(c.change)))));
  }
  if (r.virtualComponents.length) {
    nodes.push(
      el(
        "virtual-components",
        r.virtualComponents.map((c) => el("component", [el("title", c.title), ...(c.credits !== null ? [credit(c.credits)] : []), el("short-description", c.description)], changeAttrs(c.change))),
      ),
    );
  }
  nodes.push(signature("student-signature", r.studentSignature!), signature("sending-hei-signature", r.sendingSignature!));
  if (r.receivingSignature) nodes.push(signature("receiving-hei-signature", r.receivingSignature));
  return nodes;
}

const contact = (c: { givenNames: string; familyName: string; email: string } | null, fallback: Signature | null): XmlNode => {
  const person = c ?? (fallback ? { ...(({ given, family }) => ({ givenNames: given, familyName: family }))(splitName(fallback.name)), email: fallback.email } : null);
  if (!person) throw new EwpExportError("A contact person is missing on the learning agreement.");
  return el("contact-person", [el("given-names", person.givenNames), el("family-name", person.familyName), el("email", person.email)]);
};

/**
 * The EWP omobility-las get-response for one mobility. Revisions approved by the sending coordinator are exchanged:
 * those the receiving institution signed are agreed (the first version, then the latest approved changes); the
 * latest approved one it has not signed yet is the changes proposal. Drafts, submissions and rejections stay home.
 */
export function omobilityLasXml(input: LaExportInput): string {
  const { mobility: m } = input;
  const approved = input.revisions.filter((r) => r.status === "approved" && r.studentSignature && r.sendingSignature).sort((a, b) => a.revision - b.revision);
  if (approved.length === 0) throw new EwpExportError("No learning agreement revision is approved and signed by the student and the sending institution yet.");
  const agreed = approved.filter((r) => r.receivingSignature);
  const first = agreed.find((r) => r.kind === "first-version");
  const changes = agreed.filter((r) => r.kind === "changes").at(-1);
  const latest = approved.at(-1)!;
  const proposal = latest.receivingSignature ? undefined : latest;
  const withContacts = [...approved].reverse();
  const sendingContact = withContacts.find((r) => r.sendingContact)?.sendingContact ?? null;
  const receivingContact = withContacts.find((r) => r.receivingContact)?.receivingContact ?? null;
  const languageOf = latest.language;

  const la = el("la", [
    el("omobility-id", m.id),
    { comment: `Sending: ${input.sendingHei.name}` },
    el("sending-hei", [el("hei-id", input.sendingHei.schacCode), el("ounit-id", m.department), contact(sendingContact, latest.sendingSignature)]),
    { comment: `Receiving: ${input.receivingHei.name}` },
    el("receiving-hei", [el("hei-id", input.receivingHei.schacCode), contact(receivingContact, agreed.at(-1)?.receivingSignature ?? null)]),
    el("receiving-academic-year-id", `${m.academicYear}/${m.academicYear + 1}`),
    el("student", [
      el("given-names", m.firstName),
      el("family-name", m.lastName),
      el("citizenship", m.nationality),
      ...(GENDER[m.sex] ? [el("gender", GENDER[m.sex]!)] : []),
      el("email", m.email),
    ]),
    el("start-date", m.plannedStart),
    el("end-date", m.plannedEnd),
    el("eqf-level-studied-at-departure", m.eqfLevel),
    el("isced-f-code", m.iscedCode),
    el("student-language-skill", [el("language", languageOf.language), el("cefr-level", languageOf.cefr)]),
    ...(first ? [el("first-version", components(first))] : []),
    ...(changes ? [el("approved-changes", components(changes))] : []),
    ...(proposal ? [el("changes-proposal", components(proposal), { id: `${proposal.id}-v${proposal.version}` })] : []),
  ]);
  const root = el("omobility-las-get-response", [la], { xmlns: LAS_NS, "xmlns:trm": TRM_NS });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(root)}\n`;
}
