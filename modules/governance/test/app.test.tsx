import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { cleanup, click, getHeading, render, textOf, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { vicePresident } from "./fixtures";

function go(path: string) {
  window.history.replaceState(null, "", path);
}

beforeEach(() => go("/governance"));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("governance app: shell", () => {
  it("shows the home page with its loading state, then the figures per area", async () => {
    fakeApi({ "GET /api/governance/overview": () => ({ body: { counts: { objectives: 12 }, alerts: { objectives: 2 } } }) });
    const view = render(<App basePath="/governance" locale="fr" user={vicePresident} />);
    expect(getHeading(view, 1)).toBe("Gouvernance");
    expect(textOf(view)).toContain("Chargement");
    await waitFor(() => expect(textOf(view)).toContain("12 enregistrement(s)"));
    expect(textOf(view)).toContain("2 à traiter");
    expect(view.querySelector("nav[aria-label='Gouvernance']")).not.toBeNull();
  });

  it("shows an error state with a retry that loads again", async () => {
    let calls = 0;
    fakeApi({
      "GET /api/governance/overview": () => {
        calls += 1;
        return calls === 1 ? problem(403, "forbidden") : { body: { counts: {}, alerts: {} } };
      },
    });
    const view = render(<App basePath="/governance" locale="en" user={vicePresident} />);
    await waitFor(() => expect(textOf(view)).toContain("These data could not be loaded."));
    const retry = [...view.querySelectorAll("button")].find((b) => textOf(b) === "Retry")!;
    click(retry);
    await waitFor(() => expect(textOf(view)).toContain("No data yet."));
  });

  it("answers an unknown address with a not-found page in English", () => {
    go("/governance/nowhere");
    const view = render(<App basePath="/governance" locale="en" user={vicePresident} />);
    expect(getHeading(view, 1)).toBe("Page not found");
    expect(textOf(view)).toContain("/governance/nowhere");
  });
});
