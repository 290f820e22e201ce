import type { Agreement, Condition, Contact, Partner } from "@orbis/contracts/agreements";
import { EwpExportError } from "./errors";
import { iiaTextToHash, sha256Hex } from "./iia-hash";
import { CONTACT_NS, DAYS_PER_MONTH, IIAS_GET_NS, IIAS_GET_SCHEMA_URL, PHONE_NS, SPEC_ELEMENTS, UNDETERMINED_LANGUAGE } from "./namespaces";
import { el, renderXml, type XmlNode } from "./xml-writer";

export interface IiaExportInput {
  agreement: Agreement;
  /** The agreement's partner records (at least the one in agreement.partnerIds). */
  partners: Partner[];
  home: { schac: string; erasmusCode: string | null; name: string };
  /** The partner's own iia-id for this agreement when known (e.g. the externalId of an imported IIA). */
  partnerIiaId?: string | null;
}

/** Statuses meaning the IIA "is or once was in effect" (signed by both sides). */
const IN_EFFECT = new Set(["active", "expiring", "expired", "renewed"]);
const AYEAR = (start: number) => `${start}/${start + 1}`;
const ASCII_ID = /^[\x21-\x7E]{1,64}$/;
/** Two decimals at most, as the schema's fractionDigits requires. */
const twoDecimals = (n: number) => String(Math.round(n * 100) / 100);

function contactNode(name: string, contact: Contact): XmlNode {
  const children: XmlNode[] = [el("c:contact-name", contact.name || contact.role)];
  if (contact.phone) {
    const e164 = contact.phone.replace(/[ ().-]/g, "");
    children.push(
      el("p:phone-number", [/^\+[0-9]{1,15}$/.test(e164) ? el("p:e164", e164) : el("p:other-format", contact.phone)], { "xmlns:p": PHONE_NS }),
    );
  }
  if (contact.email) children.push(el("c:email", contact.email));
  if (contact.role) children.push(el("c:role-description", contact.role));
  return el(name, children);
}

function specNode(condition: Condition, agreement: Agreement, homeSchac: string, partnerSchac: string): XmlNode {
  const sendingIsHome = condition.direction === "sending";
  const [sending, receiving] = sendingIsHome ? [homeSchac, partnerSchac] : [partnerSchac, homeSchac];
  const contactsOf = (side: "home" | "partner") => condition.contacts.filter((c) => c.side === side);
  const [sendingContacts, receivingContacts] = sendingIsHome ? [contactsOf("home"), contactsOf("partner")] : [contactsOf("partner"), contactsOf("home")];
  const element = SPEC_ELEMENTS[condition.mobilityType];
  const isStudent = condition.mobilityType.startsWith("student");
  const languageRequired = element === "student-studies-mobility-spec" || element === "staff-teacher-mobility-spec";

  const children: XmlNode[] = [
    el("sending-hei-id", sending),
    ...sendingContacts.map((c) => contactNode("sending-contact", c)),
    el("receiving-hei-id", receiving),
    ...receivingContacts.map((c) => contactNode("receiving-contact", c)),
    el("receiving-first-academic-year-id", AYEAR(agreement.startYear)),
    el("receiving-last-academic-year-id", AYEAR(agreement.endYear)),
    el("mobilities-per-year", condition.places),
  ];
  const languages = condition.languages.map((l) => el("recommended-language-skill", [el("language", l.language), el("cefr-level", l.cefr)]));
  if (languages.length === 0 && languageRequired) languages.push(el("recommended-language-skill", [el("language", UNDETERMINED_LANGUAGE)]));
  children.push(...languages);
  const fourDigit = condition.iscedCodes.filter((c) => c.length === 4);
  const coarse = condition.iscedCodes.filter((c) => c.length < 4);
  children.push(...fourDigit.map((code) => el("subject-area", [el("isced-f-code", code)])));
  // EWP only takes 4-digit ISCED-F codes; broad/narrow fields would be invented if padded, so they are spelled out.
  if (coarse.length > 0) children.push(el("other-info-terms", `ISCED-F (broad/narrow fields): ${coarse.join(", ")}`));
  const months = condition.totalMonths;
  if (isStudent) {
    if (months !== null && months > 0) children.push(el("total-months-per-year", twoDecimals(months)));
    children.push(el("blended", "false"));
    children.push(...[...condition.eqfLevels].sort().map((level) => el("eqf-level", level)));
  } else if (months !== null && months > 0) {
    children.push(el("total-days-per-year", twoDecimals(months * DAYS_PER_MONTH)));
  }
  return el(element, children);
}

function partnerNode(
  schac: string,
  extra: { ounitId?: string; iiaId?: string | null; iiaCode?: string },
  signatory: Agreement["signatories"][number] | undefined,
  contacts: Contact[],
): XmlNode {
  const children: XmlNode[] = [el("hei-id", schac)];
  if (extra.ounitId) children.push(el("ounit-id", extra.ounitId));
  if (extra.iiaId) children.push(el("iia-id", extra.iiaId));
  if (extra.iiaCode) children.push(el("iia-code", extra.iiaCode));
  if (signatory) {
    children.push(contactNode("signing-contact", { role: signatory.role, name: signatory.name, email: null, phone: null }));
    if (signatory.signedOn) children.push(el("signing-date", signatory.signedOn));
  }
  children.push(...contacts.map((c) => contactNode("c:contact", c)));
  return el("partner", children);
}

/**
 * An EWP IIAs API v7 `iias-get-response` holding one Erasmus+ agreement, home HEI first (as the spec requires).
 * Conditions with 0 places are left out (mobilities-per-year must be positive) and named in a comment.
 * Throws EwpExportError when the agreement cannot be an IIA.
 */
export function iiaGetResponseXml(input: IiaExportInput): string {
  const { agreement, partners, home } = input;
  if (agreement.type !== "erasmus-iia") throw new EwpExportError(`Only Erasmus+ inter-institutional agreements can be exported to EWP (this one is "${agreement.type}")`);
  if (agreement.partnerIds.length !== 1) throw new EwpExportError(`An EWP IIA links exactly two institutions: this agreement has ${agreement.partnerIds.length} partners`);
  const partner = partners.find((p) => p.id === agreement.partnerIds[0]);
  if (!partner) throw new EwpExportError(`Partner ${agreement.partnerIds[0]} of the agreement was not provided`);
  if (!partner.schacCode) throw new EwpExportError(`Partner "${partner.name}" has no SCHAC code (EWP HEI id): add it before exporting`);
  if (!home.schac) throw new EwpExportError("The home institution has no SCHAC code");
  if (!ASCII_ID.test(agreement.id)) throw new EwpExportError(`Agreement id "${agreement.id}" is not a valid EWP identifier`);
  const partnerIiaId = input.partnerIiaId && ASCII_ID.test(input.partnerIiaId) ? input.partnerIiaId : null;

  const exported = agreement.conditions.filter((c) => c.places > 0);
  const skipped = agreement.conditions.filter((c) => c.places === 0);
  const specs = Object.values(SPEC_ELEMENTS).flatMap((element) =>
    exported.filter((c) => SPEC_ELEMENTS[c.mobilityType] === element).map((c) => specNode(c, agreement, home.schac, partner.schacCode!)),
  );
  // One of our department codes is our own organisational unit id; several cannot be expressed (ounit-id is single).
  const homeOunit = agreement.departments.length === 1 && ASCII_ID.test(agreement.departments[0]!) ? agreement.departments[0] : undefined;
  const signatory = (side: "home" | "partner") => agreement.signatories.find((s) => s.side === side);
  const inEffect =
    IN_EFFECT.has(agreement.status) ||
    (agreement.status === "terminated" && ["home", "partner"].every((side) => agreement.signatories.some((s) => s.side === side && s.signedOn)));

  const iia = el("iia", [
    partnerNode(home.schac, { ounitId: homeOunit, iiaId: agreement.id, iiaCode: agreement.reference }, signatory("home"), []),
    partnerNode(partner.schacCode, { iiaId: partnerIiaId }, signatory("partner"), partner.contacts),
    el("in-effect", inEffect ? "true" : "false"),
    el("cooperation-conditions", [
      ...specs,
      ...(skipped.length > 0 ? [{ comment: `${skipped.length} condition(s) with 0 places left out: ${skipped.map((c) => `${c.direction} ${c.mobilityType}`).join(", ")}` }] : []),
    ]),
    el("iia-hash", sha256Hex(iiaTextToHash([agreement.id, partnerIiaId], specs))),
  ]);
  const root = el("iias-get-response", [iia], {
    xmlns: IIAS_GET_NS,
    "xmlns:c": CONTACT_NS,
    "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xsi:schemaLocation": `${IIAS_GET_NS} ${IIAS_GET_SCHEMA_URL}`,
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderXml(root)}\n`;
}
