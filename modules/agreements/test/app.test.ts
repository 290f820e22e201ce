import { afterEach, describe, expect, it, vi } from "vitest";
import { AGREEMENT_STATUSES } from "@orbis/contracts/agreements";
import { fakeApi, problem } from "./fake-api";
import { AGREEMENT_ID, PARTNER_ID, agreement, page, partner, reader, summary, writer } from "./fixtures";
import { button, buttonsNamed, cleanup, control, renderApp, required, rowText, textOf, typeInto, waitFor } from "./mount";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const statusText = () => textOf(document.querySelector(".agr-status__text"));
const departments = () => ({ body: page([{ code: "CEE", nameFr: "Europe centrale", nameEn: "Central Europe", active: true, version: 1, createdAt: agreement.createdAt, updatedAt: agreement.updatedAt }]) });

describe("home panel", () => {
  it("shows counts by status, the expiring list for the chosen horizon and the country table", async () => {
    const api = fakeApi({
      "GET /api/agreements/agreements": (call) => ({ body: page([], AGREEMENT_STATUSES.indexOf(call.query.get("status") as never) + 1) }),
      "GET /api/agreements/agreements/expiring": () => ({ body: page([summary]) }),
      "GET /api/agreements/stats/countries": () => ({ body: [{ countryCode: "DE", agreements: 12, partners: 5 }, { countryCode: "JP", agreements: 30, partners: 8 }] }),
    });
    const view = renderApp("/agreements", reader);
    expect(textOf(view.find("h1").element)).toBe("Accords");
    await waitFor(() => expect(rowText(document.querySelector("table tbody tr"))).toBe("Brouillon 1"));
    const captions = () => [...document.querySelectorAll("caption")].map(textOf);
    await waitFor(() => expect(captions()).toContain("Accords actifs par pays du partenaire"));
    expect(captions()).toContain("Accords se terminant dans les 12 prochains mois");
    await waitFor(() => expect(document.body.textContent).toContain("AGR-2024-0001"));
    const countryRows = [...document.querySelectorAll("table")].at(-1)!.querySelectorAll("tbody tr");
    expect([...countryRows].map(rowText)).toEqual(["Japon 30 8", "Allemagne 12 5"]);

    await typeInto(control("Horizon"), "18");
    await waitFor(() => expect(api.calls.some((c) => c.path.endsWith("/expiring") && c.query.get("horizonMonths") === "18")).toBe(true));
    expect(captions()).toContain("Accords se terminant dans les 18 prochains mois");
  });
});

describe("agreements list", () => {
  it("sends the filters and sort to the server and keeps the export links in step", async () => {
    const api = fakeApi({
      "GET /api/agreements/agreements": () => ({ body: page([summary], 60) }),
      "GET /api/identity/departments": departments,
    });
    renderApp("/agreements/agreements", writer);
    await waitFor(() => expect(document.querySelector("caption")?.textContent).toBe("Liste des accords"));
    await waitFor(() => expect(textOf(document.querySelector("tbody tr"))).toContain("AGR-2024-0001"));

    await typeInto(control("Recherche"), "leipzig");
    await typeInto(control("Pays"), "DE");
    await typeInto(control("Statut"), "active");
    button("Appliquer les filtres").click();
    await waitFor(() => expect(Object.fromEntries(api.calls.at(-1)!.query)).toEqual({ q: "leipzig", country: "DE", status: "active", sort: "endYear", order: "asc", limit: "25", offset: "0" }));

    button("Intitulé. Trier par Intitulé").click();
    await waitFor(() => expect(api.calls.at(-1)!.query.get("sort")).toBe("title"));
    button("Page 2").click();
    await waitFor(() => expect(api.calls.at(-1)!.query.get("offset")).toBe("25"));

    const csv = [...document.querySelectorAll("a")].find((a) => textOf(a) === "Exporter en CSV")!;
    expect(csv.getAttribute("href")).toBe("/api/agreements/agreements/export?format=csv&q=leipzig&country=DE&status=active&sort=title&order=asc");
    expect([...document.querySelectorAll("a")].some((a) => textOf(a) === "Nouvel accord")).toBe(true);
  });

  it("shows the service's failure with a retry", async () => {
    fakeApi({ "GET /api/agreements/agreements": () => ({ status: 500, body: problem(500, "internal") }) });
    renderApp("/agreements/agreements", reader);
    await waitFor(() => expect(document.querySelector("[role=alert]")?.textContent).toContain("Le service a rencontré une erreur"), 8000);
    expect(buttonsNamed("Réessayer")).toHaveLength(1);
  }, 10_000);
});

function agreementHandlers(overrides: Record<string, Parameters<typeof fakeApi>[0][string]> = {}) {
  return {
    [`GET /api/agreements/agreements/${AGREEMENT_ID}`]: () => ({ body: agreement }),
    [`GET /api/agreements/agreements/${AGREEMENT_ID}/availability`]: () => ({
      body: [{ agreementId: AGREEMENT_ID, conditionId: agreement.conditions[0]!.id, academicYear: 2026, direction: "sending", mobilityType: "student-studies", eqfLevels: [6, 7], iscedCodes: ["0231"], places: 4, used: 3, remaining: 1 }],
    }),
    [`GET /api/agreements/agreements/${AGREEMENT_ID}/documents`]: () => ({ body: [] }),
    [`GET /api/agreements/agreements/${AGREEMENT_ID}/history`]: () => ({ body: page([]) }),
    "GET /api/identity/departments": departments,
    ...overrides,
  };
}

describe("agreement page", () => {
  it("is read-only for readers but offers the EWP download", async () => {
    fakeApi(agreementHandlers());
    renderApp(`/agreements/agreements/${AGREEMENT_ID}`, reader);
    await waitFor(() => expect(textOf(document.querySelector("h1"))).toBe("AGR-2024-0001 · Erasmus+ Leipzig"));
    await waitFor(() => expect(document.body.textContent).toContain("Restantes"));
    const links = [...document.querySelectorAll("a")].map((a) => [textOf(a), a.getAttribute("href")]);
    expect(links).toContainEqual(["Télécharger au format EWP (IIA v7)", `/api/agreements/agreements/${AGREEMENT_ID}/ewp`]);
    expect(links.map(([text]) => text)).not.toContain("Modifier l'accord");
    expect(buttonsNamed("Modifier les conditions")).toHaveLength(0);
    expect(buttonsNamed("Passer à « Arrive à échéance »")).toHaveLength(0);
    expect(buttonsNamed("Téléverser le document")).toHaveLength(0);
  });

  it("changes the status after confirmation, sending the version read", async () => {
    const api = fakeApi(
      agreementHandlers({
        [`POST /api/agreements/agreements/${AGREEMENT_ID}/status`]: (call) => ({ body: { ...agreement, status: (call.body as { status: string }).status, version: 6 } }),
      }),
    );
    renderApp(`/agreements/agreements/${AGREEMENT_ID}`, writer);
    await waitFor(() => button("Passer à « Arrive à échéance »"));
    expect(buttonsNamed("Passer à « Renouvelé »")).toHaveLength(0);
    button("Passer à « Arrive à échéance »").click();
    await waitFor(() => expect(document.querySelector("[role=dialog]")?.textContent).toContain("Passer l'accord AGR-2024-0001 de « Actif » à « Arrive à échéance » ?"));
    button("Confirmer").click();
    await waitFor(() => expect(statusText()).toBe("Statut changé : Arrive à échéance."));
    expect(api.calls.find((c) => c.method === "POST")!.body).toEqual({ version: 5, status: "expiring" });
    expect(document.querySelector("[role=dialog]")).toBeNull();
  });

  it("edits the conditions and reloads on a stale version without losing the edit", async () => {
    let version = 5;
    const api = fakeApi(
      agreementHandlers({
        [`GET /api/agreements/agreements/${AGREEMENT_ID}`]: () => ({ body: { ...agreement, version } }),
        [`PATCH /api/agreements/agreements/${AGREEMENT_ID}`]: (call) => {
          const body = call.body as { version: number; conditions: unknown[] };
          if (body.version !== version) return { status: 409, body: problem(409, "stale_version") };
          return { body: { ...agreement, conditions: body.conditions, version: version + 1 } };
        },
      }),
    );
    renderApp(`/agreements/agreements/${AGREEMENT_ID}`, writer);
    await waitFor(() => button("Modifier les conditions"));
    version = 6; // someone else saves meanwhile
    button("Modifier les conditions").click();
    const dialog = await waitFor(() => required(document.querySelector<HTMLElement>("[role=dialog]"), "dialog"));
    await typeInto(control("Places par an", dialog), "9");
    button("Enregistrer les conditions").click();
    await waitFor(() => expect(dialog.textContent).toContain("vos modifications sont conservées"));
    expect(control("Places par an", dialog).value).toBe("9");
    await waitFor(() => expect(api.calls.filter((c) => c.method === "GET" && c.path.endsWith(AGREEMENT_ID)).length).toBeGreaterThan(1));
    button("Enregistrer les conditions").click();
    await waitFor(() => expect(statusText()).toBe("Conditions enregistrées."));
    const patches = api.calls.filter((c) => c.method === "PATCH").map((c) => c.body as { version: number; conditions: { places: number }[] });
    expect(patches.map((p) => [p.version, p.conditions[0]!.places])).toEqual([[5, 9], [6, 9]]);
  });
});

describe("renewal", () => {
  it("renews with the chosen years and opens the new version, whose diff is shown", async () => {
    const NEXT_ID = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a";
    const next = { ...agreement, id: NEXT_ID, reference: "AGR-2028-0002", startYear: 2028, endYear: 2031, previousId: AGREEMENT_ID, version: 1 };
    const api = fakeApi(
      agreementHandlers({
        [`POST /api/agreements/agreements/${AGREEMENT_ID}/renew`]: () => ({ status: 201, body: next }),
        [`GET /api/agreements/agreements/${NEXT_ID}`]: () => ({ body: next }),
        [`GET /api/agreements/agreements/${NEXT_ID}/availability`]: () => ({ body: [] }),
        [`GET /api/agreements/agreements/${NEXT_ID}/documents`]: () => ({ body: [] }),
        [`GET /api/agreements/agreements/${NEXT_ID}/history`]: () => ({ body: page([]) }),
        [`GET /api/agreements/agreements/${NEXT_ID}/diff`]: () => ({
          body: { previousId: AGREEMENT_ID, changes: [{ field: "startYear", before: 2024, after: 2028 }, { field: "type", before: "bilateral", after: "erasmus-iia" }] },
        }),
      }),
    );
    renderApp(`/agreements/agreements/${AGREEMENT_ID}`, writer);
    (await waitFor(() => button("Renouveler l'accord"))).click();
    const dialog = await waitFor(() => required(document.querySelector<HTMLElement>("[role=dialog]"), "dialog"));
    expect(control("Première année", dialog).value).toBe("2028");
    expect(control("Dernière année", dialog).value).toBe("2031");
    await typeInto(control("Dernière année", dialog), "2026");
    button("Créer la nouvelle version").click();
    await waitFor(() => expect(dialog.textContent).toContain("La dernière année ne peut pas précéder la première."));
    await typeInto(control("Dernière année", dialog), "2031");
    button("Créer la nouvelle version").click();
    await waitFor(() => expect(window.location.pathname).toBe(`/agreements/agreements/${NEXT_ID}`));
    expect(api.calls.find((c) => c.path.endsWith("/renew"))!.body).toEqual({ version: 5, startYear: 2028, endYear: 2031 });
    await waitFor(() => expect(textOf(document.querySelector("h1"))).toBe("AGR-2028-0002 · Erasmus+ Leipzig"));
    expect(textOf(document.querySelector(".agr-status__text"))).toBe("Nouvelle version AGR-2028-0002 créée.");
    await waitFor(() => expect(document.body.textContent).toContain("Échange bilatéral hors Europe"));
    const diffTable = [...document.querySelectorAll("table")].find((table) => textOf(table.querySelector("caption")) === "Champs modifiés depuis la version précédente")!;
    expect([...diffTable.querySelectorAll("tbody tr")].map(rowText)).toEqual([
      "Première année universitaire (année de début) 2024 2028",
      "Type Échange bilatéral hors Europe Accord interinstitutionnel Erasmus+",
    ]);
  });
});

describe("agreement form", () => {
  it("shows the server's field errors next to the inputs", async () => {
    fakeApi({
      "GET /api/identity/departments": departments,
      "GET /api/agreements/partners": () => ({ body: page([partner]) }),
      "POST /api/agreements/agreements": () => ({ status: 400, body: problem(400, "validation", [{ path: "body.title", message: "Title already used" }]) }),
    });
    renderApp("/agreements/agreements/new", writer);
    expect(textOf(document.querySelector("h1"))).toBe("Nouvel accord");
    await typeInto(control("Intitulé"), "Accord Leipzig");
    await typeInto(control("Rechercher un partenaire"), "leip");
    (await waitFor(() => button("Ajouter Universität Leipzig"))).click();
    await waitFor(() => button("Retirer Universität Leipzig"));
    button("Créer l'accord").click();
    await waitFor(() => expect(document.body.textContent).toContain("Title already used"));
    const title = control("Intitulé");
    expect(title.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(title.getAttribute("aria-describedby")!)?.textContent).toBe("Title already used");
  });
});

describe("partners", () => {
  it("lists partners in English with the locale prop and links to the partner page", async () => {
    fakeApi({
      "GET /api/agreements/partners": () => ({ body: page([partner]) }),
      [`GET /api/agreements/partners/${PARTNER_ID}`]: () => ({ body: partner }),
      "GET /api/agreements/agreements": () => ({ body: page([summary]) }),
    });
    renderApp("/agreements/partners", reader, "en");
    expect(textOf(document.querySelector("h1"))).toBe("Partners");
    await waitFor(() => expect(document.querySelector("caption")?.textContent).toBe("List of partners"));
    await waitFor(() => expect(textOf(document.querySelector("tbody tr"))).toContain("Germany"));
    expect([...document.querySelectorAll("a")].map(textOf)).not.toContain("New partner");
    [...document.querySelectorAll("tbody a")][0]!.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 }));
    await waitFor(() => expect(textOf(document.querySelector("h1"))).toBe("Universität Leipzig"));
    expect(window.location.pathname).toBe(`/agreements/partners/${PARTNER_ID}`);
    expect(document.activeElement).toBe(document.querySelector("h1"));
    await waitFor(() => expect(document.querySelector("caption")?.textContent).toBe("Agreements with Universität Leipzig"));
  });
});

describe("import", () => {
  it("previews, shows row errors, and imports only the valid rows on request", async () => {
    const api = fakeApi({
      "POST /api/agreements/import/partners": (call) =>
        call.query.get("mode") === "preview"
          ? { body: { rows: 3, valid: 2, errors: [{ row: 3, path: "countryCode", message: "Unknown ISO 3166-1 alpha-2 country code" }], written: 0 } }
          : { body: { rows: 3, valid: 2, errors: [{ row: 3, path: "countryCode", message: "Unknown ISO 3166-1 alpha-2 country code" }], written: 2 } },
    });
    renderApp("/agreements/import", writer);
    const input = control("Fichier CSV ou XLSX") as HTMLInputElement;
    const file = new File(["Nom / Name;Pays / Country\n"], "partners.csv", { type: "text/csv" });
    Object.defineProperty(input, "files", { value: [file] });
    input.dispatchEvent(new Event("change", { bubbles: true }));
    button("Prévisualiser").click();
    await waitFor(() => expect(document.querySelector("caption")?.textContent).toBe("Lignes en erreur"));
    expect(document.body.textContent).toContain("3 lignes lues, 2 valides, 1 erreurs.");
    expect(buttonsNamed("Tout importer")).toHaveLength(0);
    button("Importer les lignes valides").click();
    await waitFor(() => expect(statusText()).toBe("2 lignes importées."));
    expect(api.calls.map((c) => c.query.get("mode"))).toEqual(["preview", "valid-only"]);
    expect(api.calls[0]!.body).toBeInstanceOf(FormData);
  });
});
