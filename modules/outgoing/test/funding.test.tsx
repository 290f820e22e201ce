import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Aid } from "@orbis/contracts/outgoing";
import { App } from "../src/App";
import { cleanup, click, getButton, getByLabel, getDialog, getHeading, render, textOf, type, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { mobility, officer } from "./fixtures";

const aid: Aid = {
  id: "3c6a3f0e-2d1c-4c55-9a57-6d7e8f901234",
  version: 1,
  kind: "ami",
  name: "AMI 2026",
  academicYear: 2026,
  budgetCents: 1_000_000,
  amountType: "monthly",
  amountCents: 40_000,
  maxFundedMonths: 4,
  rules: { scholarshipHolderRequired: true, minMonths: 2, maxMonths: 9, programmes: [], levels: [] },
  committedCents: 160_000,
  remainingCents: 840_000,
  awardCount: 1,
  createdAt: "2026-05-01T10:00:00.000Z",
  updatedAt: "2026-05-01T10:00:00.000Z",
};

const spaces = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("aids page", () => {
  beforeEach(() => window.history.replaceState(null, "", "/outgoing/aids"));

  it("shows each aid's budget committed and left as a meter with its figures", async () => {
    fakeApi({ "GET /api/outgoing/aids": () => ({ body: [aid] }) });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(view.querySelector("[role=meter]")).not.toBeNull());
    const meter = view.querySelector("[role=meter]")!;
    expect(meter.getAttribute("aria-valuenow")).toBe("160000");
    expect(meter.getAttribute("aria-valuemax")).toBe("1000000");
    expect((meter.querySelector("span") as HTMLElement).style.width).toBe("16%");
    expect(spaces(textOf(view.querySelector(".outgoing-budget__figures")!))).toBe("1 600,00 € engagés sur 10 000,00 €, reste 8 400,00 €");
    expect(spaces(meter.getAttribute("aria-valuetext")!)).toContain("reste 8 400,00 €");
  });

  it("shows the server's rule error next to its field in the aid editor", async () => {
    const api = fakeApi({
      "GET /api/outgoing/aids": () => ({ body: [] }),
      "POST /api/outgoing/aids": () => ({ status: 400, body: problem(400, "validation", [{ path: "body.rules.maxMonths", message: "Cannot be below the minimum duration" }]) }),
    });
    const view = render(<App basePath="/outgoing" locale="en" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("No aid for this year."));
    click(getButton(view, "New aid"));
    const dialog = getDialog();
    type(getByLabel(dialog, "Name"), "Regional grant");
    type(getByLabel(dialog, "Budget (€)"), "5 000,50");
    type(getByLabel(dialog, "Amount (€)"), "400");
    type(getByLabel(dialog, "Minimum duration (months)"), "6");
    type(getByLabel(dialog, "Maximum duration (months, optional)"), "3");
    click(getButton(dialog, "Save"));
    const max = getByLabel(dialog, "Maximum duration (months, optional)");
    await waitFor(() => expect(max.getAttribute("aria-invalid")).toBe("true"));
    expect(textOf(document.getElementById(max.getAttribute("aria-describedby")!)!)).toBe("Cannot be below the minimum duration");
    expect(api.calls.find((c) => c.method === "POST")!.body).toMatchObject({ budgetCents: 500_050, amountCents: 40_000, rules: { minMonths: 6, maxMonths: 3 } });
  });
});

describe("mobility funding", () => {
  const m = mobility({ scholarshipHolder: true });
  beforeEach(() => window.history.replaceState(null, "", `/outgoing/mobilities/${m.id}/funding`));

  it("awards an eligible aid from the dialog and explains the others", async () => {
    let awards: unknown[] = [];
    const award = { id: "4d6a3f0e-2d1c-4c55-9a57-6d7e8f901234", version: 1, aidId: aid.id, aidName: "AMI 2026", mobilityId: m.id, months: 5, fundedMonths: 4, amountCents: 160_000, status: "awarded", paidOn: null, cancelReason: null, eligibility: [], createdAt: aid.createdAt, updatedAt: aid.updatedAt };
    const api = fakeApi({
      [`GET /api/outgoing/mobilities/${m.id}`]: () => ({ body: m }),
      [`GET /api/outgoing/mobilities/${m.id}/funding`]: () => ({ body: { mobilityId: m.id, awards, totalCents: awards.length ? 160_000 : 0, paidCents: 0, erasmusGrantCents: null } }),
      [`GET /api/outgoing/mobilities/${m.id}/aid-eligibility`]: () => ({
        body: [
          { aidId: aid.id, aidName: "AMI 2026", eligible: true, checks: [{ rule: "scholarshipHolder", passed: true, detail: "Scholarship holder" }], months: 5, fundedMonths: 4, amountCents: 160_000, remainingCents: 840_000 },
          { aidId: "5e6a3f0e-2d1c-4c55-9a57-6d7e8f901234", aidName: "Bourse région", eligible: false, checks: [{ rule: "level", passed: false, detail: "L3; allowed: M1, M2" }], months: 5, fundedMonths: 0, amountCents: 0, remainingCents: 100_000 },
        ],
      }),
      [`POST /api/outgoing/mobilities/${m.id}/aid-awards`]: () => {
        awards = [award];
        return { status: 201, body: award };
      },
    });
    const view = render(<App basePath="/outgoing" locale="en" user={officer} />);
    await waitFor(() => expect(getHeading(view, 1)).toBe("Mobility funding"));
    click(getButton(view, "Award an aid"));
    await waitFor(() => expect(textOf(getDialog())).toContain("L3; allowed: M1, M2"));
    expect(textOf(getDialog())).toContain("Not eligible");
    expect(() => getButton(getDialog(), "Award Bourse région")).toThrow();
    click(getButton(getDialog(), "Award AMI 2026"));
    await waitFor(() => expect(textOf(view.querySelector("tbody tr")!)).toContain("AMI 2026"));
    expect(api.calls.find((c) => c.method === "POST")!.body).toEqual({ aidId: aid.id });
    expect(spaces(textOf(view.querySelector(".o-status [role=status]")!))).toBe("AMI 2026 awarded: €1,600.00.");
  });

  it("marks an award paid with its date and version, showing the date error next to the field", async () => {
    const award = { id: "4d6a3f0e-2d1c-4c55-9a57-6d7e8f901234", version: 2, aidId: aid.id, aidName: "AMI 2026", mobilityId: m.id, months: 5, fundedMonths: 4, amountCents: 160_000, status: "awarded", paidOn: null, cancelReason: null, eligibility: [], createdAt: aid.createdAt, updatedAt: aid.updatedAt };
    let current: Record<string, unknown> = award;
    const api = fakeApi({
      [`GET /api/outgoing/mobilities/${m.id}`]: () => ({ body: m }),
      [`GET /api/outgoing/mobilities/${m.id}/funding`]: () => ({ body: { mobilityId: m.id, awards: [current], totalCents: 160_000, paidCents: current.status === "paid" ? 160_000 : 0, erasmusGrantCents: null } }),
      [`POST /api/outgoing/aid-awards/${award.id}/status`]: (call) => {
        const body = call.body as { paidOn?: string };
        if (!body.paidOn) return { status: 400, body: problem(400, "validation", [{ path: "body.paidOn", message: "The payment date" }]) };
        current = { ...award, version: 3, status: "paid", paidOn: body.paidOn };
        return { body: current };
      },
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(spaces(textOf(view.querySelector("p[role=status]:not(.o-status__text)")!))).toBe("Total attribué : 1 600,00 € (dont versé : 0,00 €)"));
    click(getButton(view, "Marquer AMI 2026 comme versée"));
    click(getButton(getDialog(), "Confirmer"));
    const date = getByLabel(getDialog(), "Date de versement");
    await waitFor(() => expect(date.getAttribute("aria-invalid")).toBe("true"));
    type(date, "2026-10-05");
    click(getButton(getDialog(), "Confirmer"));
    await waitFor(() => expect(textOf(view.querySelector("tbody tr")!)).toContain("Versée (2026-10-05)"));
    expect(api.calls.filter((c) => c.method === "POST").at(-1)!.body).toEqual({ version: 2, status: "paid", paidOn: "2026-10-05" });
    await waitFor(() => expect(spaces(textOf(view.querySelector("p[role=status]:not(.o-status__text)")!))).toContain("dont versé : 1 600,00 €"));
  });
});
