import { MAX_INCOMING_DOCUMENT_BYTES } from "@orbis/contracts/incoming";
import { uploadedForm as readUpload } from "@orbis/service-kit";
import type { Context } from "hono";

/** The multipart form of the request, with its `file` field within the incoming documents' size limit. */
export const uploadedForm = (c: Context) => readUpload(c, MAX_INCOMING_DOCUMENT_BYTES);

export { documentType, sha256Of, contentDisposition } from "@orbis/service-kit";
