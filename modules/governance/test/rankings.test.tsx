import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RANKING_FIGURE_KEYS } from "@orbis/contracts/governance";
import { App } from "../src/App";
import { cleanup, click, getButton, render, textOf, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { analyst, vicePresident } from "./fixtures";

const ID = "22222222-2222-4222-8222-222222222222";
const exercise = (over: Record<string, unknown> = {}) => ({
  id: ID,
  scheme: "QS",
  referenceYear: 2030,
  status: "draft",
  notes: "",
  figures: RANKING_FIGURE_KEYS.map((key) => ({ key, mode: key === "outbound_exchange_students" ? "computed" : "entered", value: key === "students_fte" ? null : 10, source: "SISE", computedAt: null })),
  reviewedBy: null,
  reviewedAt: null,
  lockedBy: null,
  lockedAt: null,
  version: 3,
  createdAt: "2031-01-01T00:00:00.000Z",
  updatedAt: "2031-01-01T00:00:00.000Z",
  ...over,
});

beforeEach(() => window.history.replaceState(null, "", `/governance/rankings/${ID}`));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("rankings inputs pages", () => {
  it("shows figures, 'not computed yet' for empty ones, and the server's refusal to review an incomplete exercise", async () => {
    fakeApi({
      [`GET /api/governance/rankings/${ID}`]: () => ({ body: exercise() }),
      [`POST /api/governance/rankings/${ID}/steps`]: () => ({ status: 409, body: { ...problem(409, "conflict"), detail: "Figures without a value: students_fte." } }),
    });
    const view = render(<App basePath="/governance" locale="en" user={vicePresident} />);
    await waitFor(() => expect(textOf(view)).toContain("Students (FTE)"));
    expect(textOf(view)).toContain("not computed yet");
    click(getButton(view, "Mark as reviewed"));
    await waitFor(() => expect(textOf(view)).toContain("Figures without a value: students_fte."));
  });

  it("is read-only once locked, with the CSV/XLSX/PDF files", async () => {
    fakeApi({ [`GET /api/governance/rankings/${ID}`]: () => ({ body: exercise({ status: "locked" }) }) });
    const view = render(<App basePath="/governance" locale="fr" user={vicePresident} />);
    await waitFor(() => expect(textOf(view)).toContain("Exercice verrouillé"));
    expect([...view.querySelectorAll("button")].some((b) => textOf(b).startsWith("Saisir"))).toBe(false);
    const links = [...view.querySelectorAll("a[download]")].map((a) => a.getAttribute("href"));
    expect(links).toEqual([`/api/governance/rankings/${ID}/export?format=csv&lang=fr`, `/api/governance/rankings/${ID}/export?format=xlsx&lang=fr`, `/api/governance/rankings/${ID}/export?format=pdf&lang=fr`]);
  });

  it("offers no editing to analysts", async () => {
    fakeApi({ [`GET /api/governance/rankings/${ID}`]: () => ({ body: exercise() }) });
    const view = render(<App basePath="/governance" locale="en" user={analyst} />);
    await waitFor(() => expect(textOf(view)).toContain("Students (FTE)"));
    expect(textOf(view)).not.toContain("Mark as reviewed");
  });
});
