import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { cleanup, click, getHeading, render, textOf, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { officer, page, project } from "./fixtures";

function go(path: string) {
  window.history.replaceState(null, "", path);
}

beforeEach(() => go("/erasmus"));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("Erasmus+ app: shell", () => {
  it("shows the home page with the running projects, then navigates to the projects", async () => {
    fakeApi({ "GET /api/erasmus/projects": () => ({ body: { ...page([project()]), total: 2 } }) });
    const view = render(<App basePath="/erasmus" locale="fr" user={officer} />);
    expect(getHeading(view, 1)).toBe("Erasmus+");
    expect(view.querySelector("[aria-busy='true']")).not.toBeNull();
    await waitFor(() => expect(textOf(view)).toContain("2 projets en cours"));
    const nav = view.querySelector("nav[aria-label='Erasmus+']")!;
    click([...nav.querySelectorAll("a")].find((a) => textOf(a) === "Projets")!);
    expect(window.location.pathname).toBe("/erasmus/projects");
  });

  it("shows an error with a retry when the service refuses", async () => {
    fakeApi({ "GET /api/erasmus/projects": () => ({ status: 403, body: problem(403, "forbidden") }) });
    const view = render(<App basePath="/erasmus" locale="en" user={officer} />);
    await waitFor(() => expect(view.querySelector("[role='alert']")).not.toBeNull());
    expect(textOf(view.querySelector("[role='alert']")!)).toContain("Retry");
  });

  it("answers an unknown address with a not-found page in English", () => {
    go("/erasmus/nowhere");
    const view = render(<App basePath="/erasmus" locale="en" user={officer} />);
    expect(getHeading(view, 1)).toBe("Page not found");
    expect(textOf(view)).toContain("/erasmus/nowhere");
  });
});
