import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { cleanup, click, getButton, getByLabel, getHeading, render, textOf, type, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { grant, officer, page, project, reader } from "./fixtures";

function go(path: string) {
  window.history.replaceState(null, "", path);
}
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const budget = {
  projectId: project().id,
  participants: 12,
  incomplete: 1,
  lines: [
    { category: "individualSupport", allocatedCents: 30_000_000, committedCents: 31_000_000, paidCents: 10_000_000, forecastCents: 32_000_000, overspent: true },
    { category: "travel", allocatedCents: 4_000_000, committedCents: 1_000_000, paidCents: 500_000, forecastCents: 1_100_000, overspent: false },
  ],
  alerts: [{ category: "individualSupport", overByCents: 2_000_000 }],
};

function projectApi(extra: Parameters<typeof fakeApi>[0] = {}) {
  const p = project();
  return fakeApi({
    [`GET /api/erasmus/projects/${p.id}`]: () => ({ body: p }),
    [`GET /api/erasmus/projects/${p.id}/budget`]: () => ({ body: budget }),
    [`GET /api/erasmus/projects/${p.id}/amendments`]: () => ({ body: [] }),
    [`GET /api/erasmus/projects/${p.id}/beneficiary-report/check`]: () => ({ body: { projectId: p.id, rows: 12, problems: [{ grantId: grant().id, participant: "MARTIN Camille", issues: ["Distance band missing"] }] } }),
    "GET /api/erasmus/grants": () => ({ body: page([grant()]) }),
    "GET /api/erasmus/sync/last": () => ({ body: { run: null } }),
    ...extra,
  });
}

describe("projects", () => {
  beforeEach(() => go("/erasmus/projects/new"));

  it("creating a project shows the server's field error next to the field, then opens the created project", async () => {
    let attempts = 0;
    const api = projectApi({
      "POST /api/erasmus/projects": () => {
        attempts += 1;
        return attempts === 1 ? { status: 400, body: problem(400, "validation", [{ path: "body.endDate", message: "The project ends before it starts." }]) } : { status: 201, body: project() };
      },
    });
    const view = render(<App basePath="/erasmus" locale="fr" user={officer} />);
    type(getByLabel(view, "Numéro de convention"), "2025-1-FR01-KA131-HED-000125131");
    type(getByLabel(view, "Intitulé"), "Mobilité 2025");
    type(getByLabel(view, "Début"), "2025-06-01");
    type(getByLabel(view, "Fin"), "2025-01-01");
    for (const label of ["Soutien individuel (EUR)", "Voyage (EUR)", "Soutien à l'inclusion (EUR)", "Soutien organisationnel (EUR)"]) type(getByLabel(view, label), "1000");
    click(getButton(view, "Enregistrer"));
    await waitFor(() => expect(textOf(view)).toContain("The project ends before it starts."));
    expect(getByLabel(view, "Fin").getAttribute("aria-invalid")).toBe("true");
    type(getByLabel(view, "Fin"), "2027-07-31");
    click(getButton(view, "Enregistrer"));
    await waitFor(() => expect(window.location.pathname).toBe(`/erasmus/projects/${project().id}`));
    const sent = api.calls.filter((c) => c.method === "POST").at(-1)!.body as { budget: { travel: number }; endDate: string };
    expect(sent).toMatchObject({ endDate: "2027-07-31", budget: { travel: 100_000 } });
  });

  it("a project shows its budget with the overspend alert, the participants and the report's pre-check; leadership gets no forms", async () => {
    projectApi();
    go(`/erasmus/projects/${project().id}`);
    const view = render(<App basePath="/erasmus" locale="fr" user={reader} />);
    await waitFor(() => expect(getHeading(view, 1)).toContain("2025-1-FR01-KA131-HED-000125131"));
    await waitFor(() => expect(textOf(view)).toContain("Dépassement prévu sur « Soutien individuel »"));
    await waitFor(() => expect(textOf(view)).toContain("MARTIN Camille"));
    expect(textOf(view)).toContain("Distance band missing");
    expect(view.querySelector("a[href$='beneficiary-report?format=xlsx']")).not.toBeNull();
    expect(view.querySelector("form")).toBeNull();
  });
});

describe("grant page", () => {
  it("explains every amount and refuses a payment above the grant with the message next to the amount", async () => {
    const g = grant();
    fakeApi({
      [`GET /api/erasmus/grants/${g.id}`]: () => ({ body: g }),
      [`GET /api/erasmus/grants/${g.id}/history`]: () => ({ body: [] }),
      [`GET /api/erasmus/grants/${g.id}/payments`]: () => ({
        body: { grantId: g.id, totalCents: g.totalCents, prefinancingPercent: 80, instalments: [{ kind: "prefinancing", amountCents: 160_240, paidCents: 0, due: "before-departure", payable: true }, { kind: "balance", amountCents: 40_060, paidCents: 0, due: "after-report", payable: false }], payments: [], paidCents: 0, remainingCents: g.totalCents },
      }),
      [`POST /api/erasmus/grants/${g.id}/payments`]: () => ({ status: 400, body: problem(400, "validation", [{ path: "body.amountCents", message: "The payment is above what remains of the grant (2003.00 EUR)." }]) }),
    });
    go(`/erasmus/grants/${g.id}`);
    const view = render(<App basePath="/erasmus" locale="en" user={officer} />);
    await waitFor(() => expect(getHeading(view, 1)).toBe("MARTIN Camille"));
    expect(textOf(view)).toContain("3 month(s) x 540.00 EUR");
    await waitFor(() => expect(textOf(view)).toContain("Remaining:"));
    type(getByLabel(view, "Amount in euros"), "5000");
    type(getByLabel(view, "Paid on"), "2025-09-01");
    click(getButton(view, "Record the payment"));
    await waitFor(() => expect(textOf(view)).toContain("above what remains"));
    expect(getByLabel(view, "Amount in euros").getAttribute("aria-invalid")).toBe("true");
  });
});
