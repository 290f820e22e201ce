import { createHash } from "node:crypto";
import type { AgreementDocument as DocumentSchema } from "@orbis/contracts/agreements";
import type { z } from "zod";
import { MAX_DOCUMENT_BYTES } from "@orbis/contracts/agreements";
import { HttpProblem } from "@orbis/service-kit";
import type { DocumentRow } from "../db/schema";

type AgreementDocument = z.infer<typeof DocumentSchema>;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** A PDF both by its declared type and by its first bytes, within the size limit; else 415 or 413. */
export async function checkedPdf(file: unknown): Promise<{ bytes: Uint8Array; filename: string; sha256: string }> {
  if (!(file instanceof File)) {
    throw new HttpProblem("validation", "Send the document as the multipart field \"file\".", {
      errors: [{ path: "body.file", message: "A PDF file is required" }],
    });
  }
  if (file.size > MAX_DOCUMENT_BYTES) {
    throw new HttpProblem("payload_too_large", `Documents are limited to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; this one has ${file.size} bytes.`);
  }
  const declared = file.type.split(";")[0]!.trim().toLowerCase();
  if (declared !== "application/pdf") throw new HttpProblem("unsupported_media_type", `Only PDF documents are accepted (received ${declared || "no type"}).`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0 || !PDF_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new HttpProblem("unsupported_media_type", "The file is declared as a PDF but its content is not a PDF.");
  }
  const filename = (file.name || "document.pdf").replace(/[\\/\r\n"]/g, "_").slice(0, 200);
  return { bytes, filename, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export function toDocument(row: Omit<DocumentRow, "content">): AgreementDocument {
  return {
    id: row.id,
    agreementId: row.agreementId,
    kind: row.kind as AgreementDocument["kind"],
    filename: row.filename,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    documentVersion: row.documentVersion,
    uploadedBy: row.uploadedBy,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

/** attachment; filename="ascii fallback"; filename*=UTF-8''encoded */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
