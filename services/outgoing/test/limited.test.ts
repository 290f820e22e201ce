import { describe, expect, it } from "vitest";
import { mapWithLimit } from "../src/domain/limited";

describe("mapWithLimit", () => {
  it("keeps at most the limit in flight and the results in the items' order", async () => {
    let inFlight = 0;
    let most = 0;
    const items = Array.from({ length: 40 }, (_, i) => i);
    const results = await mapWithLimit(items, 8, async (i) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      return i * 2;
    });
    expect(most).toBe(8);
    expect(results).toEqual(items.map((i) => i * 2));
  });

  it("answers an empty list and stops at the first failure", async () => {
    await expect(mapWithLimit([], 8, async () => 1)).resolves.toEqual([]);
    await expect(mapWithLimit([1, 2, 3], 2, async (i) => { if (i === 2) throw new Error("upstream down"); return i; })).rejects.toThrow("upstream down");
  });
});
