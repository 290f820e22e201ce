import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { cleanup, click, getButton, getByLabel, getHeading, render, textOf, type, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { page, vicePresident } from "./fixtures";

const mission = (over: Record<string, unknown> = {}) => ({
  id: "11111111-1111-4111-8111-111111111111",
  requesterEmail: "vp@orbis.test",
  requesterName: "Vice-présidente",
  department: "LAW",
  destinationCity: "Pune",
  destinationCountry: "IN",
  purpose: "Network meeting",
  startDate: "2031-02-01",
  endDate: "2031-02-05",
  year: 2031,
  costLines: [{ category: "transport", label: "Flight", amountCents: 80_000 }],
  totalCents: 80_000,
  status: "submitted",
  decisionNote: null,
  decidedBy: null,
  decidedAt: null,
  reimbursedCents: null,
  reimbursedOn: null,
  version: 2,
  createdAt: "2031-01-01T00:00:00.000Z",
  updatedAt: "2031-01-01T00:00:00.000Z",
  ...over,
});
const budget = { year: 2031, envelopeCents: 1_000_000, committedCents: 200_000, pendingCents: 80_000, remainingCents: 800_000, version: 1 };

const go = (path: string) => window.history.replaceState(null, "", path);
beforeEach(() => go("/governance/missions"));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("staff missions pages", () => {
  it("lists missions with the year's envelope and export links", async () => {
    fakeApi({ "GET /api/governance/missions": () => ({ body: page([mission()]) }), [`GET /api/governance/mission-budgets/${new Date().getFullYear()}`]: () => ({ body: { ...budget, year: new Date().getFullYear() } }) });
    const view = render(<App basePath="/governance" locale="fr" user={vicePresident} />);
    expect(getHeading(view, 1)).toBe("Missions des personnels");
    await waitFor(() => expect(textOf(view)).toContain("Pune (IN)"));
    await waitFor(() => expect(textOf(view)).toContain("Disponible"));
    const csv = [...view.querySelectorAll("a")].find((a) => textOf(a) === "Exporter en CSV")!;
    expect(csv.getAttribute("href")).toContain("/api/governance/missions/export?year=");
  });

  it("shows the server's field errors next to the inputs when a request is refused", async () => {
    go("/governance/missions/new");
    const api = fakeApi({ "POST /api/governance/missions": () => ({ status: 400, body: problem(400, "validation", [{ path: "body.endDate", message: "Ends before it starts" }]) }) });
    const view = render(<App basePath="/governance" locale="en" user={vicePresident} />);
    type(getByLabel(view, "City") as HTMLInputElement, "Pune");
    type(getByLabel(view, "Departure") as HTMLInputElement, "2031-02-05");
    type(getByLabel(view, "Return") as HTMLInputElement, "2031-02-01");
    click(getButton(view, "Create"));
    await waitFor(() => expect(textOf(view)).toContain("Ends before it starts"));
    expect((getByLabel(view, "Return") as HTMLInputElement).getAttribute("aria-invalid")).toBe("true");
    expect(api.calls[0]!.body).toMatchObject({ destinationCity: "Pune", endDate: "2031-02-01" });
  });

  it("lets leadership approve a submitted request and announces the new status", async () => {
    go("/governance/missions/11111111-1111-4111-8111-111111111111");
    const api = fakeApi({
      "GET /api/governance/missions/11111111-1111-4111-8111-111111111111": () => ({ body: mission() }),
      "POST /api/governance/missions/11111111-1111-4111-8111-111111111111/transitions": () => ({ body: mission({ status: "approved", version: 3 }) }),
    });
    const view = render(<App basePath="/governance" locale="en" user={vicePresident} />);
    await waitFor(() => expect(textOf(view)).toContain("Submitted"));
    click(getButton(view, "Approve"));
    await waitFor(() => expect(textOf(view)).toContain("Approved"));
    expect(api.calls.at(-1)!.body).toEqual({ action: "approve", version: 2 });
  });
});
