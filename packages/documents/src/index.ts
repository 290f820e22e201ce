export { renderPdf, winAnsiSafe, type Block, type PdfDocumentSpec } from "./pdf";
export { pdfText } from "./pdf-text";
