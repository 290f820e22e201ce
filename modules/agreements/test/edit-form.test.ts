import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, problem } from "./fake-api";
import { AGREEMENT_ID, agreement, writer } from "./fixtures";
import { button, cleanup, control, renderApp, textOf, typeInto, waitFor } from "./mount";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("edit agreement form", () => {
  it("on a stale save reloads the record, keeps the user's edit, takes the colleague's and saves with the new version", async () => {
    let current = { ...agreement };
    const api = fakeApi({
      [`GET /api/agreements/agreements/${AGREEMENT_ID}`]: () => ({ body: current }),
      [`PATCH /api/agreements/agreements/${AGREEMENT_ID}`]: (call) => {
        const body = call.body as { version: number; title: string; notes: string };
        if (body.version !== current.version) return { status: 409, body: problem(409, "stale_version") };
        current = { ...current, title: body.title, notes: body.notes, version: current.version + 1 };
        return { body: current };
      },
      [`GET /api/agreements/agreements/${AGREEMENT_ID}/availability`]: () => ({ body: [] }),
      [`GET /api/agreements/agreements/${AGREEMENT_ID}/documents`]: () => ({ body: [] }),
      [`GET /api/agreements/agreements/${AGREEMENT_ID}/history`]: () => ({ body: [] }),
    });
    renderApp(`/agreements/agreements/${AGREEMENT_ID}/edit`, writer);
    await waitFor(() => expect(textOf(document.querySelector("h1"))).toBe("Modifier l'accord AGR-2024-0001"));
    await waitFor(() => expect(control("Intitulé").value).toBe("Erasmus+ Leipzig"));
    await typeInto(control("Intitulé"), "Erasmus+ Leipzig (philologie)");

    current = { ...current, notes: "Note de la collègue", version: 6 };
    button("Enregistrer").click();
    await waitFor(() => expect(document.body.textContent).toContain("vos modifications sont conservées"));
    expect(control("Intitulé").value).toBe("Erasmus+ Leipzig (philologie)");
    expect(control("Notes internes").value).toBe("Note de la collègue");

    button("Enregistrer").click();
    await waitFor(() => expect(window.location.pathname).toBe(`/agreements/agreements/${AGREEMENT_ID}`));
    await waitFor(() => expect(textOf(document.querySelector(".agr-status__text"))).toBe("Accord enregistré."));
    const patches = api.calls.filter((c) => c.method === "PATCH").map((c) => c.body as { version: number; title: string; notes: string });
    expect(patches.map((p) => [p.version, p.title, p.notes])).toEqual([
      [5, "Erasmus+ Leipzig (philologie)", "Renouveler en 2027."],
      [6, "Erasmus+ Leipzig (philologie)", "Note de la collègue"],
    ]);
    await waitFor(() => expect(textOf(document.querySelector("h1"))).toBe("AGR-2024-0001 · Erasmus+ Leipzig (philologie)"));
  });
});
