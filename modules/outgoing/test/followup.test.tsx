import { act } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FollowUpStep, LaRevision } from "@orbis/contracts/outgoing";
import { App } from "../src/App";
import { cleanup, click, getButton, getByLabel, getDialog, render, textOf, type, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { coordinator, mobility, officer } from "./fixtures";

const m = mobility({ partnerId: "0b7f3c1e-1111-4222-8333-444455556666" });
const base = `/api/outgoing/mobilities/${m.id}`;

function step(kind: FollowUpStep["step"], overrides: Partial<FollowUpStep> = {}): FollowUpStep {
  return { id: `5a1c2a1e-7a55-4b7e-9d7a-0c1d2e3f4a${String(kind.length).padStart(2, "0")}`, mobilityId: m.id, step: kind, status: "todo", dueDate: "2026-08-02", doneOn: null, note: "", document: null, late: false, version: 1, updatedAt: "2026-05-01T10:00:00.000Z", ...overrides };
}

function revision(overrides: Partial<LaRevision> = {}): LaRevision {
  return {
    id: "7e2d1c0b-9a88-4776-8655-443322110000",
    mobilityId: m.id,
    revision: 1,
    kind: "first-version",
    status: "submitted",
    tableA: [{ code: "GER-101", title: "Deutsche Literatur", semester: "S1", credits: 6 }],
    tableB: [{ code: "CHI-3A", title: "Traduction", semester: "S1", credits: 6 }],
    virtualComponents: [],
    language: { language: "de", cefr: "B2" },
    sendingContact: null,
    receivingContact: null,
    studentSignature: { name: "Camille Martin", position: "Student", email: "camille.martin@etu.orbis.test", signedAt: "2026-05-02T10:00:00.000Z" },
    sendingSignature: null,
    receivingSignature: null,
    reviewComment: null,
    reviewedBy: null,
    reviewedAt: null,
    submittedAt: "2026-05-02T10:00:00.000Z",
    version: 2,
    createdAt: "2026-05-01T10:00:00.000Z",
    updatedAt: "2026-05-02T10:00:00.000Z",
    ...overrides,
  };
}

/** Types into a textarea the way a user's input event does (the kit's helper handles inputs and selects). */
function typeText(control: HTMLTextAreaElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(control, value);
    control.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

beforeEach(() => window.history.replaceState(null, "", `/outgoing/mobilities/${m.id}`));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("mobility page: follow-up and learning agreement", () => {
  it("changes a checklist step in place, flags late steps and announces the change", async () => {
    let insurance = step("insurance");
    const api = fakeApi({
      [`GET ${base}`]: () => ({ body: m }),
      [`GET ${base}/steps`]: () => ({ body: [step("learning-agreement", { late: true, dueDate: "2026-07-01" }), insurance] }),
      [`GET ${base}/learning-agreement`]: () => ({ body: { mobilityId: m.id, current: null, revisions: [] } }),
      [`PATCH ${base}/steps/insurance`]: () => {
        insurance = { ...insurance, status: "done", doneOn: "2026-05-03", version: 2 };
        return { body: insurance };
      },
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("Suivi administratif"));
    const rows = [...view.querySelectorAll("tbody tr")];
    expect(textOf(rows[0]!)).toContain("En retard");
    expect(textOf(rows[1]!)).not.toContain("En retard");
    type(getByLabel(view, "Statut de l'étape « Assurance »"), "done");
    await waitFor(() => expect(textOf(view)).toContain("Étape « Assurance » : Fait"));
    expect(api.calls.find((c) => c.method === "PATCH")!.body).toEqual({ version: 1, status: "done" });
    expect(textOf(view)).toContain("2026-05-03");
  });

  it("lets a coordinator reject a submitted learning agreement with a comment", async () => {
    let current = revision();
    const api = fakeApi({
      [`GET ${base}`]: () => ({ body: m }),
      [`GET ${base}/steps`]: () => ({ body: [] }),
      [`GET ${base}/learning-agreement`]: () => ({ body: { mobilityId: m.id, current, revisions: [current] } }),
      [`POST /api/outgoing/learning-agreements/${current.id}/reject`]: (call) => {
        const { comment } = call.body as { comment: string };
        if (comment.length < 3) return { status: 400, body: problem(400, "validation", [{ path: "body.comment", message: "Say why the agreement is rejected" }]) };
        current = { ...current, status: "rejected", reviewComment: comment, version: 3 };
        return { body: current };
      },
    });
    const view = render(<App basePath="/outgoing" locale="en" user={coordinator} />);
    await waitFor(() => expect(textOf(view)).toContain("Deutsche Literatur"));
    expect(textOf(view)).not.toContain("Cancel the mobility");
    click(getButton(view, "Reject"));
    const dialog = getDialog();
    click(getButton(dialog, "Reject"));
    await waitFor(() => expect(textOf(getDialog())).toContain("Say why the agreement is rejected"));
    typeText(getByLabel(getDialog(), "Comment") as unknown as HTMLTextAreaElement, "Il manque 9 crédits ECTS.");
    click(getButton(getDialog(), "Reject"));
    await waitFor(() => expect(textOf(view)).toContain("Coordinator's comment: Il manque 9 crédits ECTS."));
    expect(document.querySelector("[role=dialog]")).toBeNull();
    expect(api.calls.filter((c) => c.path.endsWith("/reject")).at(-1)!.body).toEqual({ version: 2, comment: "Il manque 9 crédits ECTS." });
    expect(textOf(view)).toContain("Edit");
  });

  it("shows the service's field error next to the credits of the row at fault", async () => {
    const api = fakeApi({
      [`GET ${base}`]: () => ({ body: m }),
      [`GET ${base}/steps`]: () => ({ body: [] }),
      [`GET ${base}/learning-agreement`]: () => ({ body: { mobilityId: m.id, current: null, revisions: [] } }),
      [`POST ${base}/learning-agreement`]: () => ({ status: 400, body: problem(400, "validation", [{ path: "body.tableA.1.credits", message: "Credits must be more than 0" }]) }),
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("Aucun contrat d'études pour l'instant."));
    click(getButton(view, "Rédiger le contrat d'études"));
    click(getButton(view, "Ajouter une ligne au Tableau A"));
    type(getByLabel(view, "Tableau A : Intitulé, ligne 1"), "Deutsche Literatur");
    type(getByLabel(view, "Tableau A : Crédits ECTS, ligne 1"), "6");
    type(getByLabel(view, "Tableau A : Intitulé, ligne 2"), "Lyrik");
    type(getByLabel(view, "Tableau A : Crédits ECTS, ligne 2"), "0");
    click(getButton(view, "Enregistrer le brouillon"));
    await waitFor(() => expect(getByLabel(view, "Tableau A : Crédits ECTS, ligne 2").getAttribute("aria-invalid")).toBe("true"));
    const credits = getByLabel(view, "Tableau A : Crédits ECTS, ligne 2");
    expect(textOf(document.getElementById(credits.getAttribute("aria-describedby")!)!)).toBe("Credits must be more than 0");
    expect(getByLabel(view, "Tableau A : Crédits ECTS, ligne 1").getAttribute("aria-invalid")).toBeNull();
    expect(textOf(view)).toContain("Corrigez les champs signalés.");
    const sent = api.calls.find((c) => c.method === "POST")!.body as { tableA: Array<{ credits: number }> };
    expect(sent.tableA.map((r) => r.credits)).toEqual([6, 0]);
  });
});

describe("reminders and coordinator pages", () => {
  it("lists late steps with links to the mobility", async () => {
    window.history.replaceState(null, "", "/outgoing/steps/late");
    fakeApi({
      "GET /api/outgoing/steps/late": () => ({
        body: { items: [{ ...step("insurance", { late: true }), mobility: { id: m.id, studentNumber: m.studentNumber, firstName: "Camille", lastName: "Martin", email: m.email, department: "CHINESE", hostName: m.hostName, hostCountry: "DE", academicYear: 2026, status: "planned" } }], total: 1 },
      }),
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view.querySelector("[role=status].outgoing-count")!)).toBe("1 étape(s) en retard"));
    expect(textOf(view.querySelector("tbody tr")!)).toContain("MARTIN Camille");
    expect(textOf(view.querySelector("tbody tr")!)).toContain("Assurance");
  });

  it("shows the coordinator's overview with totals", async () => {
    window.history.replaceState(null, "", "/outgoing/coordinator");
    fakeApi({
      "GET /api/outgoing/coordinator/overview": () => ({
        body: { academicYear: 2026, departments: ["CHINESE"], items: [{ mobility: m, lateSteps: 2, learningAgreementPending: true, learningAgreementStatus: "submitted" }], totals: { mobilities: 1, lateSteps: 2, pendingLearningAgreements: 1 } },
      }),
    });
    const view = render(<App basePath="/outgoing" locale="en" user={coordinator} />);
    await waitFor(() => expect(textOf(view)).toContain("1 mobility(ies), 2 late step(s), 1 pending learning agreement(s)"));
    expect(textOf(view.querySelector("caption")!)).toContain("2026-2027");
    expect(textOf(view.querySelector("tbody tr")!)).toContain("Submitted");
  });
});

describe("step documents and read-only readers", () => {
  it("uploads a proof for a step and shows its download link", async () => {
    let insurance = step("insurance");
    const api = fakeApi({
      [`GET ${base}`]: () => ({ body: m }),
      [`GET ${base}/steps`]: () => ({ body: [insurance] }),
      [`GET ${base}/learning-agreement`]: () => ({ body: { mobilityId: m.id, current: null, revisions: [] } }),
      [`PUT ${base}/steps/insurance/document`]: () => {
        insurance = { ...insurance, version: 2, document: { filename: "mae.pdf", contentType: "application/pdf", sizeBytes: 8, sha256: "ab", uploadedBy: "outgoing@orbis.test", uploadedAt: "2026-05-03T10:00:00.000Z" } };
        return { body: insurance };
      },
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("Suivi administratif"));
    const input = getByLabel(view, "Joindre le justificatif « Assurance »") as HTMLInputElement;
    act(() => {
      Object.defineProperty(input, "files", { value: [new File(["%PDF-1.4"], "mae.pdf", { type: "application/pdf" })], configurable: true });
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await waitFor(() => expect(textOf(view)).toContain("Télécharger (mae.pdf)"));
    const put = api.calls.find((c) => c.method === "PUT")!;
    expect(put.query.get("version")).toBe("1");
    expect(put.body).toBeInstanceOf(FormData);
  });

  it("offers no actions to a reader outside the team and the coordinators", async () => {
    fakeApi({
      [`GET ${base}`]: () => ({ body: m }),
      [`GET ${base}/steps`]: () => ({ body: [step("insurance")] }),
      [`GET ${base}/learning-agreement`]: () => ({ body: { mobilityId: m.id, current: revision(), revisions: [revision()] } }),
    });
    const analyst = { ...officer, roles: ["analyst" as const] };
    const view = render(<App basePath="/outgoing" locale="en" user={analyst} />);
    await waitFor(() => expect(textOf(view)).toContain("Deutsche Literatur"));
    expect(view.querySelector("select")).toBeNull();
    expect([...view.querySelectorAll("button")].map((b) => textOf(b))).not.toContain("Reject");
    expect(textOf(view)).toContain("To do");
  });
});

describe("status actions", () => {
  it("cancels a planned mobility through the reason dialog, the reason's error shown next to it", async () => {
    let current = m;
    const api = fakeApi({
      [`GET ${base}`]: () => ({ body: current }),
      [`GET ${base}/steps`]: () => ({ body: [] }),
      [`GET ${base}/learning-agreement`]: () => ({ body: { mobilityId: m.id, current: null, revisions: [] } }),
      [`POST ${base}/cancel`]: (call) => {
        const { reason } = call.body as { reason: string };
        if (reason.trim().length < 3) return { status: 400, body: problem(400, "validation", [{ path: "body.reason", message: "Too small: expected string to have >=3 characters" }]) };
        current = { ...m, status: "cancelled", statusReason: reason, version: 2 };
        return { body: current };
      },
    });
    const view = render(<App basePath="/outgoing" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("Annuler la mobilité"));
    click(getButton(view, "Annuler la mobilité"));
    click(getButton(getDialog(), "Confirmer"));
    await waitFor(() => expect(textOf(getDialog())).toContain("Too small"));
    typeText(getByLabel(getDialog(), "Motif") as unknown as HTMLTextAreaElement, "Renonce au départ");
    click(getButton(getDialog(), "Confirmer"));
    await waitFor(() => expect(textOf(view)).toContain("Statut mis à jour : Annulée"));
    expect(api.calls.filter((c) => c.path.endsWith("/cancel")).at(-1)!.body).toEqual({ version: 1, reason: "Renonce au départ" });
    expect(textOf(view)).toContain("Renonce au départ");
    expect([...view.querySelectorAll("button")].map((b) => textOf(b))).not.toContain("Annuler la mobilité");
  });
});
