import { act } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { cleanup, click, getButton, getByLabel, getDialog, getHeading, render, textOf, type, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { admin, auditOfClaire, claire, departments, erasmus, erasmusVersions } from "./fixtures";

const page = <T,>(items: T[]) => ({ items, total: items.length });
const statusText = () => textOf(document.querySelector(".o-status__text")!);

function go(path: string) {
  window.history.replaceState(null, "", path);
}

beforeEach(() => go("/admin"));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("admin app: navigation", () => {
  it("shows the users list at the base path and moves between sections with pushState", async () => {
    const api = fakeApi({
      "GET /api/identity/users": () => ({ body: page([claire]) }),
      "GET /api/identity/departments": () => ({ body: page(departments) }),
    });
    const view = render(<App basePath="/admin" locale="fr" user={admin} />);

    await waitFor(() => expect(view.querySelector("table caption")?.textContent).toBe("Comptes utilisateurs"));
    expect(getHeading(view, 1)).toBe("Utilisateurs");
    await waitFor(() => expect(textOf(view.querySelector("tbody tr")!)).toContain("Informatique"));
    const row = textOf(view.querySelector("tbody tr")!);
    expect(row).toContain("Claire Martin");
    expect(row).toContain("Coordinateur départemental");
    expect(row).toContain("Actif");
    const list = api.calls.find((call) => call.path === "/api/identity/users")!;
    expect(Object.fromEntries(list.query)).toEqual({ limit: "20", offset: "0" });

    const nav = view.querySelector("nav[aria-label=Administration]")!;
    const links = [...nav.querySelectorAll("a")];
    expect(links.map((link) => [textOf(link), link.getAttribute("href"), link.getAttribute("aria-current")])).toEqual([
      ["Utilisateurs", "/admin/users", "page"],
      ["Départements", "/admin/departments", null],
      ["Modules", "/admin/modules", null],
      ["Journal", "/admin/audit", null],
    ]);

    click(links[1]!);
    expect(window.location.pathname).toBe("/admin/departments");
    await waitFor(() => expect(getHeading(view, 1)).toBe("Départements"));
    expect(links[1]!.getAttribute("aria-current")).toBe("page");
    expect(links[0]!.getAttribute("aria-current")).toBeNull();
    expect(document.activeElement).toBe(view.querySelector("h1"));
    await waitFor(() => expect(view.querySelector("table caption")?.textContent).toBe("Liste des départements"));
    expect(getButton(view, "Renommer Mathématiques")).toBeTruthy();
  });

  it("keeps the focus on the heading of a page whose data arrives after the navigation", async () => {
    fakeApi({
      "GET /api/identity/users": () => ({ body: page([claire]) }),
      "GET /api/identity/departments": () => ({ body: page(departments) }),
      [`GET /api/identity/users/${claire.id}`]: () => ({ body: claire }),
      "GET /api/identity/audit": () => ({ body: page([]) }),
    });
    const view = render(<App basePath="/admin" locale="fr" user={admin} />);
    await waitFor(() => expect(view.querySelector("tbody a")).not.toBeNull());
    click(view.querySelector("tbody a")!);
    expect(window.location.pathname).toBe(`/admin/users/${claire.id}`);
    expect(getHeading(view, 1)).toBe("Compte utilisateur");
    expect(document.activeElement).toBe(view.querySelector("h1"));
    await waitFor(() => expect(getHeading(view, 1)).toBe("Claire Martin"));
    expect(document.activeElement).toBe(view.querySelector("h1"));
  });

  it("follows the browser's back button (popstate) and speaks English when told", async () => {
    fakeApi({ "GET /api/registry/modules": () => ({ body: page([erasmus]) }) });
    go("/admin/modules");
    const view = render(<App basePath="/admin" locale="en" user={admin} />);
    await waitFor(() => expect(view.querySelector("table caption")?.textContent).toBe("Registered modules"));
    expect(getHeading(view, 1)).toBe("Modules");

    act(() => {
      go("/admin/nothing-here");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    await waitFor(() => expect(getHeading(view, 1)).toBe("Page not found"));
  });

  it("keeps the users filters in the URL and asks the service for them", async () => {
    const api = fakeApi({
      "GET /api/identity/users": () => ({ body: { items: [], total: 0 } }),
      "GET /api/identity/departments": () => ({ body: page(departments) }),
    });
    const view = render(<App basePath="/admin" locale="fr" user={admin} />);
    await waitFor(() => expect(view.querySelector("tbody")?.textContent).toBe("Aucun compte ne correspond à ces critères."));
    type(getByLabel(view, "Rôle"), "coordinator");
    type(getByLabel(view, "Statut"), "false");
    expect(window.location.search).toBe("?role=coordinator&active=false");
    await waitFor(() => {
      const last = api.calls.filter((call) => call.path === "/api/identity/users").at(-1)!;
      expect(Object.fromEntries(last.query)).toEqual({ role: "coordinator", active: "false", limit: "20", offset: "0" });
    });
  });
});

describe("admin app: create a user", () => {
  it("checks the form, then shows the server's field error next to the email input", async () => {
    const api = fakeApi({
      "GET /api/identity/users": () => ({ body: page([claire]) }),
      "GET /api/identity/departments": () => ({ body: page(departments) }),
      "POST /api/identity/users": () => ({
        status: 409,
        body: problem(409, "duplicate", [{ path: "body.email", message: "Already used by another account" }]),
      }),
    });
    const view = render(<App basePath="/admin" locale="fr" user={admin} />);
    await waitFor(() => expect(view.querySelector("tbody tr")).not.toBeNull());
    click(getButton(view, "Nouvel utilisateur"));
    const dialog = getDialog();
    expect(getHeading(dialog, 2)).toBe("Nouvel utilisateur");

    type(getByLabel(dialog, "Adresse e-mail"), "claire.martin@univ.fr");
    type(getByLabel(dialog, "Nom complet"), "Claire Bis");
    click(getByLabel(dialog, "Coordinateur départemental"));
    expect(dialog.textContent).toContain("Départements couverts (coordinateur)");
    click(getButton(dialog, "Créer le compte"));
    expect(dialog.textContent).toContain("Un coordinateur doit couvrir au moins un département.");
    expect(api.calls.some((call) => call.method === "POST")).toBe(false);

    click(getByLabel(dialog.querySelector(".admin-scopes")!, "Informatique (INFO)"));
    type(getByLabel(dialog, "Département de rattachement"), "MATH");
    click(getButton(dialog, "Créer le compte"));

    const email = getByLabel(dialog, "Adresse e-mail");
    await waitFor(() => expect(email.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = email.getAttribute("aria-describedby")!.split(" ");
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain("Cette adresse e-mail est déjà utilisée par un autre compte.");
    expect(api.calls.find((call) => call.method === "POST")!.body).toEqual({
      email: "claire.martin@univ.fr",
      name: "Claire Bis",
      department: "MATH",
      roles: ["coordinator"],
      scopes: ["INFO"],
    });

    type(email, "claire.bis@univ.fr");
    expect(email.getAttribute("aria-invalid")).toBeNull();
  });
});

describe("admin app: a user's page", () => {
  it("on 409 stale_version shows the conflict, reloads keeping the edits, then saves with the new version", async () => {
    let serverUser = claire;
    let patches = 0;
    const api = fakeApi({
      [`GET /api/identity/users/${claire.id}`]: () => ({ body: serverUser }),
      "GET /api/identity/departments": () => ({ body: page(departments) }),
      "GET /api/identity/audit": () => ({ body: page([auditOfClaire]) }),
      [`PATCH /api/identity/users/${claire.id}`]: (call) => {
        patches += 1;
        if (patches === 1) {
          // Meanwhile someone else moved Claire to MATH.
          serverUser = { ...claire, department: "MATH", version: 5 };
          return { status: 409, body: problem(409, "stale_version") };
        }
        const patch = call.body as { name: string };
        serverUser = { ...serverUser, name: patch.name, version: 6 };
        return { body: serverUser };
      },
    });
    go(`/admin/users/${claire.id}`);
    const view = render(<App basePath="/admin" locale="fr" user={admin} />);
    await waitFor(() => expect(getHeading(view, 1)).toBe("Claire Martin"));

    const name = getByLabel(view, "Nom complet");
    type(name, "Claire Martin-Roux");
    click(getButton(view, "Enregistrer les modifications"));
    await waitFor(() => expect(view.textContent).toContain("Ce compte a été modifié par quelqu'un d'autre"));
    expect(api.calls.find((call) => call.method === "PATCH")!.body).toEqual({ version: 4, name: "Claire Martin-Roux" });

    click(getButton(view, "Recharger la version actuelle"));
    await waitFor(() => expect(view.textContent).toContain("Version actuelle chargée"));
    const notice = view.querySelector(".admin-conflict")!;
    expect(textOf(notice)).toContain("Département : INFO → devient MATH");
    expect(getByLabel(view, "Nom complet").value).toBe("Claire Martin-Roux");
    expect(getByLabel(view, "Département de rattachement").value).toBe("MATH");

    click(getButton(view, "Enregistrer les modifications"));
    await waitFor(() => expect(statusText()).toBe("Les modifications du compte de Claire Martin-Roux ont été enregistrées."));
    expect(api.calls.filter((call) => call.method === "PATCH")[1]!.body).toEqual({ version: 5, name: "Claire Martin-Roux" });
    expect(getHeading(view, 1)).toBe("Claire Martin-Roux");
  });

  it("deactivates after confirmation and shows the history as readable changes", async () => {
    const api = fakeApi({
      [`GET /api/identity/users/${claire.id}`]: () => ({ body: claire }),
      "GET /api/identity/departments": () => ({ body: page(departments) }),
      "GET /api/identity/audit": () => ({ body: page([auditOfClaire]) }),
      [`PATCH /api/identity/users/${claire.id}`]: () => ({ body: { ...claire, active: false, version: 5 } }),
    });
    go(`/admin/users/${claire.id}`);
    const view = render(<App basePath="/admin" locale="fr" user={admin} />);
    await waitFor(() => expect(view.querySelector("caption")?.textContent).toBe("Modifications du compte, de la plus récente à la plus ancienne"));
    const history = textOf(view.querySelector("table")!);
    expect(history).toContain("admin@univ.fr");
    expect(history).toContain("Modification");
    expect(history).toContain("Rôles : ajouté : Analyste");
    const audit = api.calls.find((call) => call.path === "/api/identity/audit")!;
    expect(audit.query.get("entity")).toBe("user");
    expect(audit.query.get("entityId")).toBe(claire.id);

    click(getButton(view, "Désactiver le compte"));
    const dialog = getDialog();
    expect(getHeading(dialog, 2)).toBe("Désactiver le compte de Claire Martin ?");
    expect(document.activeElement?.textContent).toBe("Annuler");
    click(getButton(dialog, "Désactiver le compte"));
    await waitFor(() => expect(statusText()).toBe("Le compte de Claire Martin a été désactivé."));
    expect(api.calls.find((call) => call.method === "PATCH")!.body).toEqual({ version: 4, active: false });
    expect(document.querySelector("[role=dialog]")).toBeNull();
    expect(view.textContent).toContain("Réactiver le compte");
  });
});

describe("admin app: a module's page", () => {
  it("rolls back to an older version after confirmation, sending the module's version", async () => {
    const api = fakeApi({
      "GET /api/registry/modules/erasmus": () => ({ body: erasmus }),
      "GET /api/registry/modules/erasmus/versions": () => ({ body: page(erasmusVersions) }),
      "GET /api/registry/events": () => ({
        body: page([{ id: 3, module: "erasmus", action: "publish", fromVersion: "1.1.0", toVersion: "1.2.0", actor: "deploy-bot", at: "2026-02-01T09:00:00.000Z" }]),
      }),
      "POST /api/registry/modules/erasmus/rollback": () => ({ body: { ...erasmus, currentVersion: "1.1.0", version: 8 } }),
    });
    go("/admin/modules/erasmus");
    const view = render(<App basePath="/admin" locale="fr" user={admin} />);
    await waitFor(() => expect(getHeading(view, 1)).toBe("Erasmus+"));
    await waitFor(() => expect(view.textContent).toContain("Version actuelle"));
    await waitFor(() => expect(view.textContent).toContain("Publication"));
    expect(api.calls.find((call) => call.path === "/api/registry/events")!.query.get("module")).toBe("erasmus");

    click(getButton(view, "Revenir à la version 1.1.0"));
    const dialog = getDialog();
    expect(getHeading(dialog, 2)).toBe("Rendre la version 1.1.0 actuelle ?");
    click(getButton(dialog, "Confirmer le changement de version"));
    await waitFor(() =>
      expect(statusText()).toBe("Le module Erasmus+ utilise maintenant la version 1.1.0. Rechargez la page pour la voir."),
    );
    expect(api.calls.find((call) => call.method === "POST")!.body).toEqual({ version: 7, to: "1.1.0" });
  });
});
