import { afterEach, describe, expect, it, vi } from "vitest";
import { INCOMING_STATUSES } from "@orbis/contracts/incoming";
import { fakeApi, problem } from "./fake-api";
import { STUDENT_ID, coordinator, officer, page, student } from "./fixtures";
import { cleanup, control, renderApp, rowText, textOf, typeInto, waitFor } from "./mount";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const departments = () => ({ body: page([{ code: "CHINESE", nameFr: "Études chinoises", nameEn: "Chinese studies", active: true, version: 1, createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z" }]) });
const heading = () => textOf(document.querySelector("h1"));
const link = (root: ParentNode, name: string) => [...root.querySelectorAll("a")].find((a) => textOf(a) === name)!;

describe("incoming app", () => {
  it("shows this year's students by status on the home page, opens the list and a student's page", async () => {
    const api = fakeApi({
      "GET /api/incoming/students": (call) => ({ body: call.query.get("limit") === "1" ? page([], INCOMING_STATUSES.indexOf(call.query.get("status") as never) + 1) : page([student()]) }),
      [`GET /api/incoming/students/${STUDENT_ID}`]: () => ({ body: student() }),
      "GET /api/identity/departments": departments,
    });
    renderApp("/incoming", officer);
    expect(heading()).toBe("Mobilité entrante");
    await waitFor(() => expect(rowText(document.querySelector("tbody tr"))).toBe("Nominé 1"));
    expect([...document.querySelectorAll("tbody tr")].map(rowText).at(-1)).toBe("Désisté 8");

    link(document.querySelector("nav[aria-label='Mobilité entrante']")!, "Étudiants").click();
    expect(window.location.pathname).toBe("/incoming/students");
    await waitFor(() => expect(rowText(document.querySelector("tbody tr"))).toContain("WAGNER Lena"));
    expect(rowText(document.querySelector("tbody tr"))).toContain("Universität Heidelberg (Allemagne)");
    expect(rowText(document.querySelector("tbody tr"))).toContain("Arrivé");
    expect(textOf(document.querySelector("[role=status].inc-count"))).toBe("1 étudiant");
    expect(document.querySelector("nav[aria-label='Mobilité entrante'] a[aria-current='page']")?.textContent).toBe("Étudiants");

    link(document.querySelector("tbody")!, "WAGNER Lena").click();
    await waitFor(() => expect(heading()).toBe("Lena WAGNER"));
    expect(window.location.pathname).toBe(`/incoming/students/${STUDENT_ID}`);
    expect(textOf(document.body)).toContain("26001234");
    expect(document.querySelector("nav[aria-label='Mobilité entrante'] a[aria-current='true']")?.textContent).toBe("Étudiants");
    expect(api.calls.some((c) => c.path === `/api/incoming/students/${STUDENT_ID}`)).toBe(true);
  });

  it("keeps the list's filters in the address and sends them to the service, page by page", async () => {
    const api = fakeApi({
      "GET /api/incoming/students": () => ({ body: page([student()], 120) }),
      "GET /api/identity/departments": departments,
    });
    renderApp("/incoming/students?status=arrived&kind=bogus&page=2", officer);
    await waitFor(() => expect(rowText(document.querySelector("tbody tr"))).toContain("WAGNER Lena"));
    expect(Object.fromEntries(api.calls.at(-1)!.query)).toEqual({ status: "arrived", limit: "50", offset: "50" });
    expect(control("Statut").value).toBe("arrived");

    await typeInto(control("Type de mobilité"), "free-mover");
    await waitFor(() => expect(window.location.search).toBe("?status=arrived&kind=free-mover"));
    await waitFor(() => expect(Object.fromEntries(api.calls.at(-1)!.query)).toEqual({ status: "arrived", kind: "free-mover", limit: "50", offset: "0" }));

    await waitFor(() => expect(control("Département d'accueil").querySelectorAll("option").length).toBe(2));
    await typeInto(control("Département d'accueil"), "CHINESE");
    await typeInto(control("Nom, courriel"), "wagner");
    document.querySelector<HTMLFormElement>("form[role=search]")!.requestSubmit();
    await waitFor(() => expect(api.calls.at(-1)!.query.get("q")).toBe("wagner"));
    expect(new URLSearchParams(window.location.search).get("department")).toBe("CHINESE");

    [...document.querySelectorAll("button")].find((b) => b.getAttribute("aria-label") === "Page 3")!.click();
    await waitFor(() => expect(api.calls.at(-1)!.query.get("offset")).toBe("100"));
    expect(new URLSearchParams(window.location.search).get("page")).toBe("3");
  });

  it("explains a refusal on another department's student to a coordinator", async () => {
    fakeApi({
      [`GET /api/incoming/students/${STUDENT_ID}`]: () => ({ status: 403, body: { ...problem(403, "out_of_scope"), detail: "This student is hosted by LAW, outside your departments." } }),
    });
    renderApp(`/incoming/students/${STUDENT_ID}`, coordinator);
    await waitFor(() => expect(textOf(document.body)).toContain("Vous n'avez pas les droits nécessaires"));
    expect(textOf(document.body)).toContain("outside your departments");
  });

  it("answers an unknown address with a not-found page, in English", () => {
    renderApp("/incoming/nowhere", officer, "en");
    expect(heading()).toBe("Page not found");
    expect(textOf(document.body)).toContain("/incoming/nowhere");
    expect(textOf(document.querySelector("nav"))).toContain("Students");
  });
});
