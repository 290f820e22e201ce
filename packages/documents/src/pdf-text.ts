import { inflateSync } from "node:zlib";

/** WinAnsi bytes 0x80-0x9f that differ from Latin-1 (the rest is Latin-1). */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ",
  0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x99: "™", 0x9a: "š", 0x9b: "›",
  0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

function fromWinAnsi(bytes: Buffer): string {
  return Array.from(bytes, (b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join("");
}

/**
 * The text a reader sees in a PDF made by renderPdf, one string per drawn line, in drawing order. The standard
 * fonts are drawn as hex strings (`<...> Tj`) in Flate-compressed content streams; tests read them back with this.
 */
export function pdfText(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString("latin1");
  const out: string[] = [];
  const streams = /(?<!end)stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    if (end === -1) break;
    const body = Buffer.from(raw.slice(start, end), "latin1");
    let content: string;
    try {
      content = inflateSync(body).toString("latin1");
    } catch {
      content = body.toString("latin1");
    }
    for (const tj of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out.push(fromWinAnsi(Buffer.from(tj[1]!, "hex")));
    streams.lastIndex = end;
  }
  return out;
}
