import { afterEach, describe, expect, it, vi } from "vitest";
import type { IncomingDocument } from "@orbis/contracts/incoming";
import { fakeApi, problem } from "./fake-api";
import { STUDENT_ID, coordinator, officer, student } from "./fixtures";
import { REGISTRATION_ID, REQUEST_ID, SESSION_ID, residence, sessionDetail, waitingRequest } from "./life-fixtures";
import { button, buttonsNamed, cleanup, control, renderApp, textOf, waitFor } from "./mount";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const dialog = () => document.querySelector("[role=dialog]");
const status = () => textOf(document.querySelector(".inc-status__text"));
const posts = (api: ReturnType<typeof fakeApi>) => api.calls.filter((c) => c.method === "POST");

describe("withdrawals", () => {
  it("takes a request off the waiting list after confirming; cancelling sends nothing", async () => {
    let withdrawn = false;
    const api = fakeApi({
      "GET /api/incoming/housing/residences": () => ({ body: [residence(0)] }),
      "GET /api/incoming/housing/requests": () => ({ body: withdrawn ? [] : [waitingRequest] }),
      "GET /api/incoming/housing/allocations": () => ({ body: [] }),
      [`POST /api/incoming/housing/requests/${REQUEST_ID}/withdraw`]: () => {
        withdrawn = true;
        return { body: { ...waitingRequest, status: "withdrawn", position: null, version: 2 } };
      },
    });
    renderApp("/incoming/housing", officer);
    await waitFor(() => expect(buttonsNamed("Retirer WAGNER Lena de la liste d'attente")).toHaveLength(1));
    button("Retirer WAGNER Lena de la liste d'attente").click();
    await waitFor(() => expect(dialog()).not.toBeNull());
    expect(textOf(dialog())).toContain("les demandes suivantes avancent d'un rang");
    expect(document.activeElement?.textContent).toBe("Annuler");
    button("Annuler").click();
    await waitFor(() => expect(dialog()).toBeNull());
    expect(posts(api)).toHaveLength(0);
    // "Attributions en cours": only the beds let today or later are fetched.
    expect(api.calls.find((c) => c.path === "/api/incoming/housing/allocations")?.query.get("endingFrom")).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    button("Retirer WAGNER Lena de la liste d'attente").click();
    await waitFor(() => expect(dialog()).not.toBeNull());
    button("Retirer de la liste d'attente").click();
    await waitFor(() => expect(status()).toBe("Demande de WAGNER Lena retirée de la liste d'attente."));
    expect(posts(api)[0]!.body).toEqual({ version: 1 });
    expect(dialog()).toBeNull();
    await waitFor(() => expect(textOf(document.body)).toContain("Personne n'attend de logement."));
  });

  it("unregisters a student from a sitting; a refusal stays in the dialog", async () => {
    const api = fakeApi({
      [`GET /api/incoming/french-tests/sessions/${SESSION_ID}`]: () => ({ body: sessionDetail() }),
      [`POST /api/incoming/french-tests/registrations/${REGISTRATION_ID}/withdraw`]: () => ({ status: 409, body: { ...problem(409, "stale_version"), detail: "You read version 1" } }),
      "GET /api/incoming/students": () => ({ body: { items: [], total: 0 } }),
    });
    renderApp(`/incoming/french-tests/${SESSION_ID}`, officer, "en");
    await waitFor(() => expect(buttonsNamed("Unregister WAGNER Lena")).toHaveLength(1));
    button("Unregister WAGNER Lena").click();
    await waitFor(() => expect(dialog()).not.toBeNull());
    expect(textOf(dialog())).toContain("their seat is freed");
    const confirm = [...dialog()!.querySelectorAll("button")].find((b) => textOf(b) === "Unregister")!;
    confirm.click();
    await waitFor(() => expect(textOf(dialog())).toContain("Someone else changed this item in the meantime."));
    expect(posts(api)[0]).toMatchObject({ path: `/api/incoming/french-tests/registrations/${REGISTRATION_ID}/withdraw`, body: { version: 1 } });
  });

  it("offers no withdrawal once the level is recorded, nor to a coordinator", async () => {
    fakeApi({ [`GET /api/incoming/french-tests/sessions/${SESSION_ID}`]: () => ({ body: sessionDetail("B1") }), "GET /api/incoming/students": () => ({ body: { items: [], total: 0 } }) });
    renderApp(`/incoming/french-tests/${SESSION_ID}`, officer, "en");
    await waitFor(() => expect(textOf(document.body)).toContain("French intermediate"));
    expect(buttonsNamed("Unregister WAGNER Lena")).toHaveLength(0);
  });
});

describe("file complete", () => {
  const path = `/api/incoming/students/${STUDENT_ID}`;
  const REQUIRED_ORDER = ["passport", "transcript", "learning-agreement"] as const;
  const doc = (kind: (typeof REQUIRED_ORDER)[number], index = REQUIRED_ORDER.indexOf(kind)): IncomingDocument => ({
    id: `0000000${index}-0000-4000-8000-000000000000`,
    studentId: STUDENT_ID,
    kind,
    filename: `${kind}.pdf`,
    contentType: "application/pdf",
    sizeBytes: 10,
    sha256: "x",
    uploadedBy: "incoming@orbis.test",
    uploadedAt: "2026-05-02T10:00:00.000Z",
  });
  const nominated = student({ status: "nominated", studentNumber: null, actualArrival: null });
  const reads = (documents: IncomingDocument[]) => ({
    [`GET ${path}`]: () => ({ body: nominated }),
    [`GET ${path}/documents`]: () => ({ body: { items: documents } }),
    [`GET ${path}/difficulties`]: () => ({ body: { items: [] } }),
    [`GET ${path}/registration`]: () => ({ body: { studentId: STUDENT_ID, version: 1, status: "nominated", studentNumber: null, steps: [] } }),
  });

  it("lists the missing documents and keeps the button disabled; the department may only refuse", async () => {
    fakeApi(reads([doc("passport")]));
    renderApp(`/incoming/students/${STUDENT_ID}`, officer);
    await waitFor(() => expect(buttonsNamed("Déclarer le dossier complet")).toHaveLength(1));
    const card = button("Déclarer le dossier complet").closest(".o-card")!;
    await waitFor(() => expect(textOf(card)).toContain("Relevé de notes — manquante"));
    expect(textOf(card)).toContain("Passeport ou pièce d'identité — reçue");
    expect(button("Déclarer le dossier complet").disabled).toBe(true);
    expect([...control("Décision").options].map((o) => o.value)).toEqual(["refuse"]);
    expect(textOf(document.body)).toContain("Le dossier doit être déclaré complet avant une admission");
  });

  it("marks a full file complete after confirming: the student is applied and can be admitted", async () => {
    const api = fakeApi({ ...reads(REQUIRED_ORDER.map((kind) => doc(kind))), [`POST ${path}/file-complete`]: () => ({ body: { ...nominated, status: "applied", version: 2 } }) });
    renderApp(`/incoming/students/${STUDENT_ID}`, officer);
    await waitFor(() => expect(button("Déclarer le dossier complet").disabled).toBe(false));
    button("Déclarer le dossier complet").click();
    await waitFor(() => expect(dialog()).not.toBeNull());
    [...dialog()!.querySelectorAll("button")].find((b) => textOf(b) === "Déclarer le dossier complet")!.click();
    await waitFor(() => expect(status()).toBe("Dossier complet : la candidature est déposée."));
    expect(posts(api)[0]!.body).toEqual({ version: 1 });
    await waitFor(() => expect(buttonsNamed("Déclarer le dossier complet")).toHaveLength(0));
    expect([...control("Décision").options].map((o) => o.value)).toEqual(["admit", "refuse"]);
  });

  it("shows a coordinator the checklist without the button", async () => {
    fakeApi(reads([doc("passport")]));
    renderApp(`/incoming/students/${STUDENT_ID}`, coordinator);
    await waitFor(() => expect(textOf(document.body)).toContain("Pièces obligatoires"));
    expect(buttonsNamed("Déclarer le dossier complet")).toHaveLength(0);
  });
});
