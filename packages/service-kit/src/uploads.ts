import { createHash } from "node:crypto";
import type { Context } from "hono";
import { HttpProblem } from "./problem";

/** The multipart form of the request, with its `file` field within `maxBytes`. */
export async function uploadedForm(c: Context, maxBytes: number): Promise<{ bytes: Uint8Array; filename: string; fields: Record<string, string> }> {
  if (!(c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    throw new HttpProblem("unsupported_media_type", 'Send the file as multipart/form-data with the field "file".');
  }
  const form = await c.req.parseBody();
  const file = form.file;
  if (!(file instanceof File)) {
    throw new HttpProblem("validation", 'Send the file as the multipart field "file".', { errors: [{ path: "body.file", message: "A file is required" }] });
  }
  if (file.size > maxBytes) {
    throw new HttpProblem("payload_too_large", `Files are limited to ${maxBytes / 1024 / 1024} MB; this one has ${file.size} bytes.`);
  }
  const fields = Object.fromEntries(Object.entries(form).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])));
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name || "upload", fields };
}

export type DocumentType = "application/pdf" | "image/jpeg" | "image/png";

const SIGNATURES: ReadonlyArray<{ type: DocumentType; magic: number[] }> = [
  { type: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  { type: "image/png", magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The type from the first bytes (the declared type is not trusted): PDF, JPEG or PNG; else 415. */
export function documentType(bytes: Uint8Array): DocumentType {
  const found = SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b));
  if (!found) throw new HttpProblem("unsupported_media_type", "Only PDF, JPEG and PNG documents are accepted; this file is none of them.");
  return found.type;
}

export const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** attachment; filename="ascii fallback"; filename*=UTF-8''encoded */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

