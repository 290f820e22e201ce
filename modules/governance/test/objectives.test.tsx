import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { cleanup, click, getButton, getByLabel, getHeading, render, textOf, type, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { analyst, page, vicePresident } from "./fixtures";

const ID = "6f1c2a1e-7a55-4b7e-9d7a-0c1d2e3f4a5b";
const stamp = { version: 1, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z" };
const objective = {
  id: ID,
  title: "Augmenter la mobilité sortante",
  description: "",
  axis: "Mobilité",
  indicatorKey: "outgoing_students",
  direction: "increase",
  startYear: 2025,
  endYear: 2026,
  owner: "VP RI",
  status: "active",
  ...stamp,
};

beforeEach(() => window.history.replaceState(null, "", "/governance/objectives"));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("objectives", () => {
  it("creates an objective; the server's field error shows next to its input and nothing else changes", async () => {
    let attempts = 0;
    const api = fakeApi({
      "GET /api/governance/objectives": () => ({ body: page(attempts > 1 ? [objective] : []) }),
      "POST /api/governance/objectives": () => {
        attempts += 1;
        return attempts === 1 ? { status: 400, body: problem(400, "validation", [{ path: "body.endYear", message: "The last year comes after the first." }]) } : { status: 201, body: objective };
      },
    });
    const view = render(<App basePath="/governance" locale="fr" user={vicePresident} />);
    expect(getHeading(view, 1)).toBe("Objectifs de la politique internationale");
    await waitFor(() => expect(textOf(view)).toContain("Rien pour l'instant."));
    click(getButton(view, "Ajouter"));
    type(getByLabel(view, "Intitulé") as HTMLInputElement, "Augmenter la mobilité sortante");
    type(getByLabel(view, "Indicateur"), "outgoing_students");
    type(getByLabel(view, "Première année") as HTMLInputElement, "2026");
    type(getByLabel(view, "Dernière année") as HTMLInputElement, "2025");
    click(getButton(view, "Créer"));
    await waitFor(() => expect(textOf(view)).toContain("The last year comes after the first."));
    const endYear = getByLabel(view, "Dernière année");
    expect(endYear.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(endYear);
    const body = api.calls.find((c) => c.method === "POST")!.body;
    expect(body).toEqual({ title: "Augmenter la mobilité sortante", indicatorKey: "outgoing_students", startYear: 2026, endYear: 2025 });
    type(endYear as HTMLInputElement, "2027");
    click(getButton(view, "Créer"));
    await waitFor(() => expect(textOf(view.querySelector("tbody")!)).toContain("Augmenter la mobilité sortante"));
  });

  it("shows the progress per year with 'not computed yet' where analytics has no figure, read-only for analysts", async () => {
    window.history.replaceState(null, "", `/governance/objectives/${ID}`);
    fakeApi({
      [`GET /api/governance/objectives/${ID}`]: () => ({ body: objective }),
      [`GET /api/governance/objectives/${ID}/progress`]: () => ({
        body: {
          objective,
          years: [
            { year: 2025, target: 400, value: 420, origin: "manual", source: "Bilan DRI", reading: null, progressPercent: 105, met: true },
            { year: 2026, target: 450, value: null, origin: "none", source: null, reading: { status: "not-computed", reason: "not-found" }, progressPercent: null, met: null },
          ],
        },
      }),
      "GET /api/governance/objective-targets": () => ({ body: page([]) }),
      "GET /api/governance/objective-values": () => ({ body: page([]) }),
    });
    const view = render(<App basePath="/governance" locale="fr" user={analyst} />);
    await waitFor(() => expect(getHeading(view, 1)).toBe("Augmenter la mobilité sortante"));
    await waitFor(() => expect(textOf(view)).toContain("Pas encore calculé"));
    expect(textOf(view)).toContain("105 % de la cible");
    expect(textOf(view)).toContain("saisi : Bilan DRI");
    expect([...view.querySelectorAll("button")].map((b) => textOf(b))).not.toContain("Ajouter");
  });
});
