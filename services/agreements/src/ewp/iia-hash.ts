import { createHash } from "node:crypto";
import { childKeys, textOf, type XmlElement } from "./xml-tree";
import type { XmlNode } from "./xml-writer";

type ElementNode = Exclude<XmlNode, { comment: string }>;
const isElement = (n: XmlNode): n is ElementNode => !("comment" in n && n.comment !== undefined);
const localName = (name: string) => name.slice(name.indexOf(":") + 1);
const CONTACT_ELEMENTS = new Set(["sending-contact", "receiving-contact"]);
const YEAR_ELEMENTS = new Set(["receiving-first-academic-year-id", "receiving-last-academic-year-id"]);

/**
 * The `text-to-hash` of the official IIA v7 XSLT (resources/xsltKit/transform_version_7.xsl) for a document
 * Orbis writes itself (no attributes, no not-yet-defined, no v6-value): both partners' iia-id, then each
 * mobility spec's leaf elements as `_grandparent.parent.name=value_` (contacts and academic years left out),
 * closed by its first and last academic year.
 */
export function iiaTextToHash(partnerIiaIds: [string | null, string | null], specs: XmlNode[]): string {
  let text = partnerIiaIds.map((id, i) => `_iia-id_${i + 1}=${id ?? ""}_`).join("");
  for (const spec of specs.filter(isElement)) {
    const walk = (node: ElementNode, parent: string, grandparent: string) => {
      const name = localName(node.name);
      if (CONTACT_ELEMENTS.has(name)) return;
      const children = (node.children ?? []).filter(isElement);
      if (children.length === 0 && !YEAR_ELEMENTS.has(name)) text += `_${grandparent}.${parent}.${name}=${node.text ?? ""}_`;
      for (const child of children) walk(child, name, parent);
    };
    const specName = localName(spec.name);
    const children = (spec.children ?? []).filter(isElement);
    for (const child of children) walk(child, specName, "cooperation-conditions");
    for (const yearElement of YEAR_ELEMENTS) {
      const year = children.find((c) => localName(c.name) === yearElement);
      text += `_${yearElement}=${year?.text ?? ""}_`;
    }
  }
  return text;
}

export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A parsed element as a writer node, children in document order (the schema keeps same-name siblings together). */
export function toXmlNode(name: string, element: XmlElement): XmlNode {
  const keys = childKeys(element);
  if (keys.length === 0) return { name, text: textOf(element) };
  return { name, children: keys.flatMap((key) => (element[key] as XmlElement[]).map((child) => toXmlNode(key, child))) };
}
