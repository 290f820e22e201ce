import { createHash } from "node:crypto";
import { MAX_STEP_DOCUMENT_BYTES, type StepDocument } from "@orbis/contracts/outgoing";
import { HttpProblem } from "@orbis/service-kit";

type ContentType = StepDocument["contentType"];

/** The first bytes of each accepted format: the declared type is not trusted. */
const MAGIC: ReadonlyArray<{ type: ContentType; bytes: number[] }> = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** A PDF, JPEG or PNG by its content, within 10 MB; else 400 (no file), 413 or 415. */
export async function checkedStepDocument(file: unknown): Promise<{ bytes: Uint8Array; filename: string; contentType: ContentType; sha256: string }> {
  if (!(file instanceof File)) {
    throw new HttpProblem("validation", 'Send the document as the multipart field "file".', { errors: [{ path: "body.file", message: "A PDF, JPEG or PNG file is required" }] });
  }
  if (file.size > MAX_STEP_DOCUMENT_BYTES) throw new HttpProblem("payload_too_large", `Documents are limited to 10 MB; this one has ${file.size} bytes.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = MAGIC.find((m) => bytes.length >= m.bytes.length && m.bytes.every((b, i) => bytes[i] === b));
  if (!format) throw new HttpProblem("unsupported_media_type", "Only PDF, JPEG and PNG documents are accepted (checked by their content).");
  const filename = (file.name || "document").replace(/[\\/\r\n"]/g, "_").slice(0, 200);
  return { bytes, filename, contentType: format.type, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/** attachment; filename="ascii fallback"; filename*=UTF-8''encoded */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
