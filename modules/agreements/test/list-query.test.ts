import { describe, expect, it } from "vitest";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES } from "@orbis/contracts/agreements";
import { agreementFiltersFromSearch, agreementListParams, emptyAgreementFilters, emptyPartnerFilters, exportHref, agreementFilterParams, partnerListParams } from "../src/api/list-query";

describe("list query building", () => {
  it("sends only the filters that are set, trimmed, with the page as limit/offset", () => {
    const filters = { ...emptyAgreementFilters(), q: "  leipzig ", country: "DE", status: "active" as const, endsBy: "2027", page: 3, pageSize: 25 };
    expect(agreementListParams(filters)).toEqual({ q: "leipzig", country: "DE", status: "active", endsBy: 2027, sort: "endYear", order: "asc", limit: 25, offset: 50 });
  });

  it("leaves out a malformed year rather than sending a request the service refuses", () => {
    expect(agreementFilterParams({ ...emptyAgreementFilters(), endsBy: "20x7" })).toEqual({ sort: "endYear", order: "asc" });
  });

  it("builds export links with the current filters and order but every row", () => {
    const params = agreementFilterParams({ ...emptyAgreementFilters(), type: "erasmus-iia", department: "CEE", sort: "title", order: "desc", page: 4 });
    expect(exportHref("/api/agreements/agreements/export", "xlsx", params)).toBe(
      "/api/agreements/agreements/export?format=xlsx&type=erasmus-iia&department=CEE&sort=title&order=desc",
    );
  });

  it("encodes search text in export links", () => {
    expect(exportHref("/x", "csv", { q: "São Paulo & co" })).toBe("/x?format=csv&q=S%C3%A3o+Paulo+%26+co");
  });

  it("pages partners the same way", () => {
    expect(partnerListParams({ ...emptyPartnerFilters(), country: "JP", page: 2, pageSize: 10 })).toEqual({ country: "JP", sort: "name", order: "asc", limit: 10, offset: 10 });
  });
});

describe("filters from a link", () => {
  it("reads known filters and drops unknown values", () => {
    const filters = agreementFiltersFromSearch("?status=expiring&type=nope&country=DE&endsBy=27&sort=title&order=desc", AGREEMENT_STATUSES, AGREEMENT_TYPES);
    expect(filters).toMatchObject({ status: "expiring", type: "", country: "DE", endsBy: "", sort: "title", order: "desc", page: 1 });
  });
});
