import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { cleanup, click, getHeading, render, textOf, waitFor } from "./dom";
import { fakeApi } from "./fake-api";
import { mobility, officer, page } from "./fixtures";

function go(path: string) {
  window.history.replaceState(null, "", path);
}

beforeEach(() => go("/outgoing"));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("outgoing app: shell", () => {
  it("shows the home page, navigates to the mobilities list and opens a mobility", async () => {
    const m = mobility();
    const api = fakeApi({
      "GET /api/outgoing/mobilities": () => ({ body: page([m]) }),
      [`GET /api/outgoing/mobilities/${m.id}`]: () => ({ body: m }),
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    expect(getHeading(view, 1)).toBe("Mobilité sortante");
    const nav = view.querySelector("nav[aria-label='Mobilité sortante']")!;
    const mobilitiesLink = [...nav.querySelectorAll("a")].find((a) => textOf(a) === "Mobilités")!;
    click(mobilitiesLink);
    expect(window.location.pathname).toBe("/outgoing/mobilities");
    await waitFor(() => expect(textOf(view.querySelector("tbody tr")!)).toContain("MARTIN Camille"));
    expect(textOf(view.querySelector("tbody tr")!)).toContain("Erasmus+ KA131");
    expect(api.calls.find((c) => c.path === "/api/outgoing/mobilities")!.query.get("limit")).toBe("50");
    click(view.querySelector("tbody tr a")!);
    await waitFor(() => expect(getHeading(view, 1)).toBe("Camille MARTIN"));
  });

  it("answers an unknown address with a not-found page in English", async () => {
    go("/outgoing/nowhere");
    const view = render(<App basePath="/outgoing" locale="en" user={officer} />);
    expect(getHeading(view, 1)).toBe("Page not found");
    expect(textOf(view)).toContain("/outgoing/nowhere");
  });
});
