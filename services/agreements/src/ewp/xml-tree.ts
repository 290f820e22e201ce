import { XMLParser, XMLValidator } from "fast-xml-parser";
import { EwpFormatError } from "./errors";

/** A parsed element: child elements by qualified name (always arrays), attributes as "@_name", text as "#text". */
export type XmlElement = { [key: string]: XmlElement[] | string | undefined };
type Raw = XmlElement | string;

export const localName = (key: string) => key.slice(key.indexOf(":") + 1);

/** Parses a document strictly: well-formed, no DTD (no entity expansion), elements always in arrays. */
export function parseXmlTree(xml: string): XmlElement {
  if (typeof xml !== "string" || xml.trim() === "") throw new EwpFormatError("The EWP document is empty");
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new EwpFormatError("DOCTYPE and entity declarations are not accepted in EWP documents");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new EwpFormatError(`Malformed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  return normalise(parser.parse(xml) as Raw);
}

/** Leaves parse as plain strings: wrap them so that every element is an object. */
function normalise(node: Raw): XmlElement {
  if (typeof node === "string") return { "#text": node };
  const out: XmlElement = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = Array.isArray(value) ? value.map((v) => normalise(v as Raw)) : (value as string | undefined);
  }
  return out;
}

export const childKeys = (node: XmlElement) => Object.keys(node).filter((k) => !k.startsWith("@_") && k !== "#text");

export function children(node: XmlElement, name: string): XmlElement[] {
  return childKeys(node)
    .filter((k) => localName(k) === name)
    .flatMap((k) => node[k] as XmlElement[]);
}

export const textOf = (node: XmlElement | undefined): string => (typeof node?.["#text"] === "string" ? node["#text"].trim() : "");
export const childText = (node: XmlElement, name: string): string | null => {
  const first = children(node, name)[0];
  return first === undefined ? null : textOf(first);
};
export const attr = (node: XmlElement, name: string): string | undefined => {
  const key = Object.keys(node).find((k) => k.startsWith("@_") && localName(k.slice(2)) === name);
  const value = key === undefined ? undefined : node[key];
  return typeof value === "string" ? value : undefined;
};

/** True when the element or a descendant carries attributes (not-yet-defined, v6-value, terminated-as-a-whole...). */
export function hasAttributes(node: XmlElement): boolean {
  return Object.keys(node).some((k) => k.startsWith("@_") && !k.startsWith("@_xmlns")) || childKeys(node).some((k) => (node[k] as XmlElement[]).some(hasAttributes));
}
