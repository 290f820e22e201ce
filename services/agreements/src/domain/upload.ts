import { MAX_DOCUMENT_BYTES } from "@orbis/contracts/agreements";
import { uploadedForm } from "@orbis/service-kit";
import type { Context } from "hono";

/** The multipart field `file` of the request as bytes, within the upload size limit. */
export async function uploadedFile(c: Context): Promise<{ bytes: Uint8Array; filename: string }> {
  const { bytes, filename } = await uploadedForm(c, MAX_DOCUMENT_BYTES);
  return { bytes, filename: filename === "upload" ? "import.csv" : filename };
}
