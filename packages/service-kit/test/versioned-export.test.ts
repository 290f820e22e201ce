import { describe, expect, it } from "vitest";
import { versionedExportResponse } from "../src/versioned-export";

interface Row {
  id: number;
  name: string | null;
}
const ROWS: Row[] = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, name: i === 2 ? 'a "quoted", name' : i === 4 ? null : `n${i + 1}` }));

function exportOf(format: "ndjson" | "csv", batchSize = 3) {
  const batches: Array<number | undefined> = [];
  const response = versionedExportResponse<Row>({
    contract: "test.rows",
    version: 2,
    fields: ["id", "name"],
    format,
    since: "2026-01-01T00:00:00.000Z",
    generatedAt: new Date("2026-11-23T10:00:00Z"),
    filename: "test-rows",
    nextBatch: async (after) => {
      batches.push(after?.id);
      return ROWS.filter((r) => r.id > (after?.id ?? 0)).slice(0, batchSize);
    },
  });
  return { response, batches };
}

describe("versioned export", () => {
  it("streams a header line then every row once, in keyset batches", async () => {
    const { response, batches } = exportOf("ndjson");
    const lines = (await response.text()).trim().split("\n").map((line) => JSON.parse(line));
    expect(lines[0]).toEqual({ contract: "test.rows", version: 2, generatedAt: "2026-11-23T10:00:00.000Z", since: "2026-01-01T00:00:00.000Z", fields: ["id", "name"] });
    expect(lines.slice(1).map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(batches).toEqual([undefined, 3, 6, 7]);
    expect(response.headers.get("x-export-contract")).toBe("test.rows; version=2");
    expect(response.headers.get("content-disposition")).toContain('filename="test-rows-v2-2026-11-23.ndjson"');
  });

  it("writes RFC 4180 CSV: quoted cells with commas and quotes, empty for null", async () => {
    const { response } = exportOf("csv");
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toBe("id,name");
    expect(lines[3]).toBe('3,"a ""quoted"", name"');
    expect(lines[5]).toBe("5,");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });
});
