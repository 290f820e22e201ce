/** The XML handed to the importer is not a readable EWP IIAs v7 get-response (the service answers 400). */
export class EwpFormatError extends Error {
  override name = "EwpFormatError";
}

/** The agreement cannot be expressed as an EWP IIA (wrong type, partner without SCHAC code...); the service answers 422. */
export class EwpExportError extends Error {
  override name = "EwpExportError";
}
