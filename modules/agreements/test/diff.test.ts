import { describe, expect, it } from "vitest";
import { changedKeys, diffRows, formatDiffValue } from "../src/agreements/diff";
import { agreement, PARTNER_ID } from "./fixtures";

describe("diff rendering", () => {
  it("renders scalar and list changes, partner ids as names", () => {
    const names = new Map([[PARTNER_ID, "Universität Leipzig"]]);
    const rows = diffRows(
      [
        { field: "endYear", before: 2027, after: 2031 },
        { field: "partnerIds", before: [PARTNER_ID], after: [PARTNER_ID, "other-id"] },
        { field: "departments", before: [], after: ["CEE", "AFRICA"] },
      ],
      names,
    );
    expect(rows).toEqual([
      { field: "endYear", before: "2027", after: "2031" },
      { field: "partnerIds", before: "Universität Leipzig", after: "Universität Leipzig\nother-id" },
      { field: "departments", before: "", after: "CEE\nAFRICA" },
    ]);
  });

  it("summarises conditions and signatories", () => {
    const { id: _id, ...condition } = agreement.conditions[0]!;
    expect(formatDiffValue("conditions", [condition])).toBe("sending student-studies: 4 / 36 m EQF 6,7 ISCED 0231");
    expect(formatDiffValue("signatories", agreement.signatories)).toBe("Jeanne Dupont (Présidente) 2024-05-02");
    expect(formatDiffValue("notes", null)).toBe("");
  });

  it("lists the audited keys that changed, ignoring bookkeeping", () => {
    expect(changedKeys({ status: "active", version: 2, title: "a" }, { status: "renewed", version: 3, title: "a", nextId: "x" })).toEqual(["nextId", "status"]);
    expect(changedKeys(null, { title: "a" })).toEqual(["title"]);
  });
});
