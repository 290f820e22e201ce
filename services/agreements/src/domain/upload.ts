import { MAX_DOCUMENT_BYTES } from "@orbis/contracts/agreements";
import { HttpProblem } from "@orbis/service-kit";
import type { Context } from "hono";

/** The multipart field `file` of the request as bytes, within the upload size limit. */
export async function uploadedFile(c: Context): Promise<{ bytes: Uint8Array; filename: string }> {
  if (!(c.req.header("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    throw new HttpProblem("unsupported_media_type", 'Send the file as multipart/form-data with the field "file".');
  }
  const form = await c.req.parseBody();
  const file = form.file;
  if (!(file instanceof File)) {
    throw new HttpProblem("validation", 'Send the file as the multipart field "file".', { errors: [{ path: "body.file", message: "A file is required" }] });
  }
  if (file.size > MAX_DOCUMENT_BYTES) {
    throw new HttpProblem("payload_too_large", `Files are limited to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; this one has ${file.size} bytes.`);
  }
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name || "import.csv" };
}
