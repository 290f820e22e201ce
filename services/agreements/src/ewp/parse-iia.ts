import { CreateAgreement, CreatePartner, SchacCode, Signatory, type Contact } from "@orbis/contracts/agreements";
import { DepartmentCode } from "@orbis/contracts/identity";
import { countryFromSchac } from "./country-from-schac";
import { EwpFormatError } from "./errors";
import { conditionFromSpec, type ImportedCondition } from "./import-conditions";
import { addressOf, contactFromEwp } from "./import-contacts";
import { iiaTextToHash, sha256Hex, toXmlNode } from "./iia-hash";
import { IIAS_GET_NS } from "./namespaces";
import { attr, childKeys, children, childText, hasAttributes, localName, parseXmlTree, type XmlElement } from "./xml-tree";

/** Stands for the partner in `agreement.partnerIds` until the service has created or found it. */
export const PARTNER_ID_PLACEHOLDER = "00000000-0000-0000-0000-000000000000";
/** EWP IIAs carry no city: used when neither the document nor `knownPartner` gives one (reported in `ignored`). */
export const UNKNOWN_CITY = "Inconnue / Unknown";

export interface ParseIiaOptions {
  /** What Orbis already knows about a partner HEI (the service passes its existing partner), used for country and city. */
  knownPartner?: (heiId: string) => { countryCode: string; city: string } | undefined;
}

export interface ImportedIia {
  partner: CreatePartner;
  agreement: CreateAgreement & { externalId: string };
  /** Our own iia-id as the partner knows it (the id of an agreement Orbis exported), if the document gives it. */
  homeIiaId: string | null;
  /** The document's in-effect flag: true once both sides signed. */
  inEffect: boolean;
}

export interface ParsedIiaResponse {
  iias: ImportedIia[];
  ignored: string[];
}

const KNOWN_IIA_CHILDREN = new Set(["partner", "in-effect", "cooperation-conditions", "iia-hash", "pdf-file"]);
const KNOWN_PARTNER_CHILDREN = new Set(["hei-id", "ounit-id", "iia-id", "iia-code", "signing-contact", "signing-date", "contact"]);

function rootOf(doc: XmlElement, ignored: string[]): XmlElement {
  const keys = childKeys(doc);
  const rootKey = keys[0];
  if (!rootKey || localName(rootKey) !== "iias-get-response") {
    throw new EwpFormatError(`Not an EWP IIAs get-response: the root element is <${rootKey ?? "none"}>, expected <iias-get-response>`);
  }
  const root = (doc[rootKey] as XmlElement[])[0]!;
  const prefix = rootKey.includes(":") ? rootKey.slice(0, rootKey.indexOf(":")) : null;
  const namespace = root[prefix ? `@_xmlns:${prefix}` : "@_xmlns"];
  if (namespace === undefined) ignored.push("Document: no namespace declared on <iias-get-response>; read as IIAs API v7");
  else if (namespace !== IIAS_GET_NS) throw new EwpFormatError(`Unsupported namespace "${String(namespace)}": only the IIAs API v7 get-response (${IIAS_GET_NS}) is accepted`);
  return root;
}

function signatoryOf(partner: XmlElement, side: "home" | "partner", note: (m: string) => void) {
  const node = children(partner, "signing-contact")[0];
  if (!node) return null;
  const { contact } = contactFromEwp(node, "Signatory");
  const date = childText(partner, "signing-date")?.slice(0, 10) ?? null;
  const parsed = Signatory.safeParse({ side, name: contact?.name || "", role: contact?.role === "Signatory" ? "" : (contact?.role ?? ""), signedOn: date });
  if (parsed.success) return parsed.data;
  note(`${side} signing contact not imported (${parsed.error.issues.map((i) => i.message).join("; ")})`);
  return null;
}

function parseOneIia(iia: XmlElement, index: number, homeSchac: string, options: ParseIiaOptions, ignored: string[]): ImportedIia | null {
  const partners = children(iia, "partner");
  const heiIdsAsWritten = partners.map((p) => childText(p, "hei-id") ?? "");
  const heiIds = heiIdsAsWritten.map((h) => h.toLowerCase());
  const homeIndex = heiIds.indexOf(homeSchac);
  const other = partners[1 - homeIndex];
  const otherHei = heiIds[1 - homeIndex] ?? "";
  const label = `IIA ${(other && (childText(other, "iia-code") || childText(other, "iia-id"))) || `#${index + 1}`} (${otherHei || heiIds.join(", ")})`;
  const note = (message: string) => ignored.push(`${label}: ${message}`);
  const skip = (reason: string) => (note(`not imported: ${reason}`), null);

  if (partners.length !== 2) return skip(`an IIA has exactly two partners, this one has ${partners.length}`);
  if (homeIndex === -1) return skip(`it does not involve the home institution ${homeSchac}`);
  if (heiIds[0] === heiIds[1]) return skip("both partners are the home institution");
  const home = partners[homeIndex]!;
  const partner = other!;
  const externalId = childText(partner, "iia-id");
  if (!externalId) return skip(`the partner's iia-id is missing, so later updates could not be matched`);

  for (const key of childKeys(iia)) if (!KNOWN_IIA_CHILDREN.has(localName(key))) note(`unknown element <${localName(key)}> ignored`);
  for (const p of partners) for (const key of childKeys(p)) if (!KNOWN_PARTNER_CHILDREN.has(localName(key))) note(`unknown partner element <${localName(key)}> ignored`);

  // Partner: EWP gives only the HEI id; country and city come from what Orbis knows, a contact address, or the domain.
  const partnerContacts: Contact[] = [];
  let address: { country: string | null; city: string | null } = { country: null, city: null };
  for (const node of children(partner, "contact")) {
    const { contact, problem } = contactFromEwp(node, "IIA contact");
    if (problem) note(problem);
    if (contact) partnerContacts.push(contact);
    const found = addressOf(node);
    address = { country: address.country ?? found.country, city: address.city ?? found.city };
  }
  const known = options.knownPartner?.(otherHei);
  const countryCode = known?.countryCode ?? address.country ?? countryFromSchac(otherHei);
  if (!countryCode) {
    return skip(`the partner's country is unknown: "${otherHei}" has no country domain and no contact address gives one; create the partner first, then import again`);
  }
  const city = known?.city ?? address.city;
  if (!city) note(`the partner's city is not in the document: recorded as "${UNKNOWN_CITY}"`);
  const schac = SchacCode.safeParse(otherHei);
  if (!schac.success) note(`hei-id "${otherHei}" is not a SCHAC domain: the partner is imported without SCHAC code`);
  const partnerOunit = childText(partner, "ounit-id");
  if (partnerOunit) note(`partner ounit-id "${partnerOunit}" not recorded`);
  const homeContacts = children(home, "contact").length;
  if (homeContacts > 0) note(`${homeContacts} contact(s) listed for the home institution not imported`);
  const homeCode = childText(home, "iia-code");
  if (homeCode) note(`home iia-code "${homeCode}" as known by the partner not recorded`);
  const homeOunit = childText(home, "ounit-id");
  const department = homeOunit ? DepartmentCode.safeParse(homeOunit) : null;
  if (homeOunit && !department?.success) note(`home ounit-id "${homeOunit}" is not an Orbis department code: not recorded`);

  const partnerValue = CreatePartner.safeParse({
    name: heiIdsAsWritten[1 - homeIndex],
    nameLatin: heiIdsAsWritten[1 - homeIndex],
    countryCode,
    city: city ?? UNKNOWN_CITY,
    schacCode: schac.success ? schac.data : null,
    contacts: partnerContacts.slice(0, 50),
  });
  if (!partnerValue.success) return skip(`partner data invalid: ${partnerValue.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);

  // Conditions, in document order.
  const cooperation = children(iia, "cooperation-conditions")[0];
  if (cooperation && attr(cooperation, "terminated-as-a-whole")) note("flagged terminated-as-a-whole by the partner: set the agreement's status by hand");
  const conditions: ImportedCondition[] = [];
  let position = 0;
  for (const key of cooperation ? childKeys(cooperation) : []) {
    for (const spec of cooperation![key] as XmlElement[]) {
      position += 1;
      const element = localName(key);
      const imported = conditionFromSpec(spec, element, { home: homeSchac, partner: otherHei }, `${label}, condition ${position} (${element})`, ignored);
      if (imported) conditions.push(imported);
    }
  }
  if (conditions.length === 0) return skip("no usable cooperation condition, so no academic years");
  const startYear = Math.min(...conditions.map((c) => c.firstYear));
  const endYear = Math.max(...conditions.map((c) => c.lastYear));
  conditions.forEach((c, i) => {
    if (c.firstYear !== startYear || c.lastYear !== endYear) {
      note(`condition ${i + 1} (${c.condition.direction} ${c.condition.mobilityType}) covers ${c.firstYear}/${c.firstYear + 1}-${c.lastYear}/${c.lastYear + 1} only; Orbis keeps one range per agreement (${startYear}/${startYear + 1}-${endYear}/${endYear + 1})`);
    }
  });

  const declaredHash = childText(iia, "iia-hash");
  // Attributes (not-yet-defined, v6-value) change the official hash rules: only plain documents are checked.
  if (declaredHash && cooperation && !hasAttributes(cooperation)) {
    const specs = childKeys(cooperation).flatMap((key) => (cooperation[key] as XmlElement[]).map((spec) => toXmlNode(key, spec)));
    const ids = partners.map((p) => childText(p, "iia-id")) as [string | null, string | null];
    if (sha256Hex(iiaTextToHash(ids, specs)) !== declaredHash.toLowerCase()) note("iia-hash does not match the cooperation conditions (the document was altered or hashed differently)");
  }
  const pdf = childText(iia, "pdf-file");
  if (pdf) note(`pdf-file "${pdf}" not fetched (EWP File API not connected): upload the signed PDF by hand`);
  const partnerCode = childText(partner, "iia-code");
  const signatories = [signatoryOf(home, "home", note), signatoryOf(partner, "partner", note)].filter((s) => s !== null);
  const agreementValue = CreateAgreement.safeParse({
    type: "erasmus-iia",
    title: `Erasmus+ ${otherHei}${partnerCode ? ` (${partnerCode})` : ""}`.slice(0, 300),
    partnerIds: [PARTNER_ID_PLACEHOLDER],
    departments: department?.success ? [department.data] : [],
    startYear,
    endYear,
    signatories,
    notes: `Imported from EWP (IIAs API v7 get-response). Partner iia-id: ${externalId}${partnerCode ? `; partner iia-code: ${partnerCode}` : ""}.`,
    conditions: conditions.map((c) => c.condition).slice(0, 100),
  });
  if (!agreementValue.success) return skip(`agreement data invalid: ${agreementValue.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);

  return {
    partner: partnerValue.data,
    agreement: { ...agreementValue.data, externalId },
    homeIiaId: childText(home, "iia-id") || null,
    inEffect: childText(iia, "in-effect") === "true" || childText(iia, "in-effect") === "1",
  };
}

/**
 * Reads an EWP IIAs API v7 `iias-get-response`: one entry per `<iia>` involving `homeSchac`, seen from the home
 * institution, and a readable line in `ignored` for everything not mapped or skipped.
 * Throws EwpFormatError when the document is not well-formed XML or not an IIAs v7 get-response.
 */
export function parseIiaGetResponse(xml: string, homeSchac: string, options: ParseIiaOptions = {}): ParsedIiaResponse {
  const ignored: string[] = [];
  const root = rootOf(parseXmlTree(xml), ignored);
  const home = homeSchac.trim().toLowerCase();
  for (const key of childKeys(root)) if (localName(key) !== "iia") ignored.push(`Document: unknown element <${localName(key)}> ignored`);
  const iias = children(root, "iia")
    .map((iia, i) => parseOneIia(iia, i, home, options, ignored))
    .filter((x): x is ImportedIia => x !== null);
  if (children(root, "iia").length === 0) ignored.push("Document: no <iia> element");
  return { iias, ignored };
}
