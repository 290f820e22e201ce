/** Escapes text and attribute values (the five XML special characters) and drops characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A node of the document being written: an element with children, or a leaf with text. */
export type XmlNode = { name: string; attrs?: Record<string, string>; children?: XmlNode[]; text?: string; comment?: undefined } | { comment: string };

export const el = (name: string, content: XmlNode[] | string | number, attrs?: Record<string, string>): XmlNode =>
  typeof content === "string" || typeof content === "number"
    ? { name, text: String(content), ...(attrs ? { attrs } : {}) }
    : { name, children: content, ...(attrs ? { attrs } : {}) };

export function renderXml(node: XmlNode, depth = 0): string {
  const pad = "  ".repeat(depth);
  if ("comment" in node && node.comment !== undefined) return `${pad}<!-- ${node.comment.replace(/--/g, "- -")} -->`;
  const { name, attrs, children, text } = node as Exclude<XmlNode, { comment: string }>;
  const attrText = Object.entries(attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  if (children !== undefined) {
    if (children.length === 0) return `${pad}<${name}${attrText}/>`;
    return `${pad}<${name}${attrText}>\n${children.map((c) => renderXml(c, depth + 1)).join("\n")}\n${pad}</${name}>`;
  }
  return `${pad}<${name}${attrText}>${escapeXml(text ?? "")}</${name}>`;
}
