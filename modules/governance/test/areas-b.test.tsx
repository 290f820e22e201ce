import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { cleanup, click, getButton, getHeading, render, textOf, waitFor } from "./dom";
import { fakeApi } from "./fake-api";
import { vicePresident } from "./fixtures";

const stamps = { version: 1, createdAt: "2030-01-01T00:00:00.000Z", updatedAt: "2030-01-01T00:00:00.000Z" };
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("programmes, scholarships and equal opportunity pages", () => {
  it("shows programmes with the renewal flag and funding per year", async () => {
    window.history.replaceState(null, "", "/governance/programmes");
    fakeApi({
      "GET /api/governance/programmes": () => ({
        body: [{ id: "33333333-3333-4333-8333-333333333333", name: "Institut conjoint", kind: "joint_institute", status: "active", partnerNames: ["XJTU"], partnerIds: [], startDate: "2020-09-01", endDate: "2027-01-31", description: "", milestones: [{ label: "Comité", dueDate: "2026-12-01", done: false }], funding: [{ year: 2026, funder: "Région", amountCents: 900_000 }], participants: [], renewals: [], renewalDue: true, fundingTotalCents: 900_000, ...stamps }],
      }),
    });
    const view = render(<App basePath="/governance" locale="fr" user={vicePresident} />);
    expect(getHeading(view, 1)).toBe("Programmes stratégiques");
    await waitFor(() => expect(textOf(view)).toContain("Renouvellement à préparer"));
    expect(textOf(view)).toContain("2026");
  });

  it("ranks a call's candidates and awards within budget", async () => {
    window.history.replaceState(null, "", "/governance/scholarships");
    const callId = "44444444-4444-4444-8444-444444444444";
    const candidate = (name: string, rank: number, status: string) => ({ id: `5555555${rank}-5555-4555-8555-555555555555`, callId, name, email: `${name}@x.org`, nationality: "IN", programmeOfStudy: "M2", status, awardedCents: 0, payments: [], paidCents: 0, scores: [], weightedScore: 20 - rank, rank, ...stamps });
    const api = fakeApi({
      "GET /api/governance/scholarships/calls": () => ({ body: [{ id: callId, title: "Excellence 2030", year: 2030, closesOn: "2030-04-30", budgetCents: 1000, awardCents: 500, criteria: [{ key: "a", label: "A", weight: 1 }], committee: ["vp@orbis.test"], status: "open", candidates: 2, awardedCents: 0, paidCents: 0, ...stamps }] }),
      [`GET /api/governance/scholarships/calls/${callId}/candidates`]: () => ({ body: [candidate("Asha", 1, "applied"), candidate("Bilal", 2, "applied")] }),
      [`POST /api/governance/scholarships/calls/${callId}/awards`]: () => ({ body: [candidate("Asha", 1, "awarded"), candidate("Bilal", 2, "not_awarded")] }),
    });
    const view = render(<App basePath="/governance" locale="en" user={vicePresident} />);
    await waitFor(() => expect(textOf(view)).toContain("Excellence 2030"));
    click(getButton(view, "Show the ranking of Excellence 2030"));
    await waitFor(() => expect(textOf(view)).toContain("19.00"));
    click(getButton(view, "Award within budget"));
    await waitFor(() => expect(textOf(view)).toContain("Not awarded"));
    expect(api.calls.find((c) => c.method === "POST")!.body).toEqual({ version: 1 });
  });

  it("shows equal-opportunity targets against the analytics figure, 'not computed yet' otherwise, and overdue actions", async () => {
    window.history.replaceState(null, "", "/governance/equal-opportunity");
    fakeApi({
      "GET /api/governance/equal-opportunity": () => ({
        body: {
          targets: [
            { id: "66666666-6666-4666-8666-666666666666", dimension: "gender", indicatorKey: "women_share", year: 2029, targetValue: 50, notes: "", reading: { status: "computed", value: 40, computedAt: null }, ...stamps },
            { id: "77777777-7777-4777-8777-777777777777", dimension: "disability", indicatorKey: "disability_participants", year: 2029, targetValue: 20, notes: "", reading: { status: "not-computed", reason: "unavailable" }, ...stamps },
          ],
          actions: [{ id: "88888888-8888-4888-8888-888888888888", dimension: "gender", title: "Mentoring", owner: "DRI", dueDate: "2020-01-01", status: "planned", notes: "", overdue: true, ...stamps }],
        },
      }),
    });
    const view = render(<App basePath="/governance" locale="en" user={vicePresident} />);
    await waitFor(() => expect(textOf(view)).toContain("(80 %)"));
    expect(textOf(view)).toContain("not computed yet");
    expect(textOf(view)).toContain("Overdue");
  });
});
