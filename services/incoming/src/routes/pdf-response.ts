/** A generated PDF as a download, never cached (it holds personal data). */
export function pdfResponse(bytes: Uint8Array, name: string, who: string, lang: string): never {
  const safe = who.normalize("NFD").replace(/[^A-Za-z0-9-]/g, "");
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${name}-${safe}.pdf"`,
      "content-language": lang,
      "cache-control": "private, no-store",
    },
  }) as never;
}
