/**
 * A versioned dataset export for analytics, streamed: NDJSON (a header object, then one row per line) or RFC 4180 CSV
 * (the contract's field names as header line). Rows are read in keyset batches so one batch at a time is in memory.
 */
export interface VersionedExportOptions<Row> {
  contract: string;
  version: number;
  fields: readonly string[];
  format: "ndjson" | "csv";
  /** Only rows changed at or after this instant (incremental loads), echoed in the header. */
  since: string | undefined;
  generatedAt: Date;
  /** The file name without version, date and extension, e.g. "outgoing-mobilities". */
  filename: string;
  /** The next batch after the last row of the previous one (undefined for the first); empty when done. */
  nextBatch: (after: Row | undefined) => Promise<Row[]>;
  /** Optional per-batch enrichment (e.g. totals read in one query for the batch) before serialising. */
  toRows?: (batch: Row[]) => Promise<Array<Record<string, unknown>>> | Array<Record<string, unknown>>;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",;\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const exportCsvHeader = (fields: readonly string[]) => `${fields.join(",")}\r\n`;
export const exportCsvLine = (fields: readonly string[], row: Record<string, unknown>) =>
  `${fields.map((field) => csvCell(row[field])).join(",")}\r\n`;

export function versionedExportResponse<Row>(options: VersionedExportOptions<Row>): Response {
  const { contract, version, fields, format } = options;
  const generatedAt = options.generatedAt.toISOString();
  const header = { contract, version, generatedAt, since: options.since ?? null, fields: [...fields] };
  const encoder = new TextEncoder();
  let last: Row | undefined;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(format === "csv" ? exportCsvHeader(fields) : `${JSON.stringify(header)}\n`));
        return;
      }
      const batch = await options.nextBatch(last);
      if (!batch.length) {
        controller.close();
        return;
      }
      last = batch[batch.length - 1];
      const rows = options.toRows ? await options.toRows(batch) : (batch as Array<Record<string, unknown>>);
      const lines = rows.map((row) => (format === "csv" ? exportCsvLine(fields, row) : `${JSON.stringify(row)}\n`));
      controller.enqueue(encoder.encode(lines.join("")));
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
      "content-disposition": `attachment; filename="${options.filename}-v${version}-${generatedAt.slice(0, 10)}.${format}"`,
      "x-export-contract": `${contract}; version=${version}`,
      "cache-control": "private, no-store",
    },
  });
}

/** The OpenAPI responses of an export route. */
export const versionedExportResponses = {
  200: {
    description: "NDJSON: a header object then one row per line; or CSV with the field names as header",
    content: { "application/x-ndjson": { schema: { type: "string" as const } }, "text/csv": { schema: { type: "string" as const } } },
  },
};
