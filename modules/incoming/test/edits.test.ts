import { afterEach, describe, expect, it, vi } from "vitest";
import type { ProgrammeDetail } from "@orbis/contracts/incoming";
import { fakeApi, problem } from "./fake-api";
import { officer } from "./fixtures";
import { COHORT_ID, RESIDENCE_ID, ROOM_ID, cohortDetail, residence } from "./life-fixtures";
import { button, buttonsNamed, cleanup, control, renderApp, textOf, typeInto, waitFor } from "./mount";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const dialog = () => document.querySelector("[role=dialog]");
const status = () => textOf(document.querySelector(".inc-status__text"));
const fieldError = (label: string) => textOf(control(label).closest(".o-field"));
const putBodies = (api: ReturnType<typeof fakeApi>) => api.calls.filter((c) => c.method === "PUT").map((c) => c.body);
const housingReads = (current: () => ReturnType<typeof residence>) => ({
  "GET /api/incoming/housing/residences": () => ({ body: [current()] }),
  "GET /api/incoming/housing/requests": () => ({ body: [] }),
  "GET /api/incoming/housing/allocations": () => ({ body: [] }),
});

describe("edit screens", () => {
  it("edits a residence with the version read; a stale version offers to reload the latest, then saves on it", async () => {
    let latest = residence(0);
    let attempts = 0;
    const api = fakeApi({
      ...housingReads(() => latest),
      [`PUT /api/incoming/housing/residences/${RESIDENCE_ID}`]: (call) => {
        attempts += 1;
        if (attempts === 1) {
          // A colleague renamed it meanwhile.
          latest = { ...residence(0), name: "Résidence Zay (rénovée)", version: 2 };
          return { status: 409, body: problem(409, "stale_version") };
        }
        latest = { ...latest, ...(call.body as object), version: 3 };
        return { body: latest };
      },
    });
    renderApp("/incoming/housing", officer);
    await waitFor(() => expect(buttonsNamed("Modifier la résidence Résidence Jean Zay")).toHaveLength(1));
    button("Modifier la résidence Résidence Jean Zay").click();
    await waitFor(() => expect(dialog()).not.toBeNull());
    expect(control("Nom de la résidence", dialog()!).value).toBe("Résidence Jean Zay");
    await typeInto(control("Adresse", dialog()!), "14 rue des Écoles, Paris");
    button("Enregistrer les modifications").click();
    await waitFor(() => expect(buttonsNamed("Recharger la dernière version")).toHaveLength(1));
    expect(textOf(dialog())).toContain("Modifié entre-temps");
    expect(putBodies(api)[0]).toEqual({ name: "Résidence Jean Zay", address: "14 rue des Écoles, Paris", version: 1 });

    button("Recharger la dernière version").click();
    await waitFor(() => expect(control("Nom de la résidence", dialog()!).value).toBe("Résidence Zay (rénovée)"));
    expect(control("Adresse", dialog()!).value).toBe("12 rue des Écoles, Paris");
    expect(buttonsNamed("Recharger la dernière version")).toHaveLength(0);
    await typeInto(control("Adresse", dialog()!), "14 rue des Écoles, Paris");
    button("Enregistrer les modifications").click();
    await waitFor(() => expect(dialog()).toBeNull());
    expect(putBodies(api)[1]).toEqual({ name: "Résidence Zay (rénovée)", address: "14 rue des Écoles, Paris", version: 2 });
    await waitFor(() => expect(status()).toBe("Modifications enregistrées."));
  });

  it("edits a room: rent shown in euros, sent in cents, the service's refusal next to the field", async () => {
    const api = fakeApi({
      ...housingReads(() => residence(1)),
      [`PUT /api/incoming/housing/rooms/${ROOM_ID}`]: () => ({ status: 400, body: problem(400, "validation", [{ path: "body.capacity", message: "1 bed is taken on 2026-10-01: the room cannot hold fewer" }]) }),
    });
    renderApp("/incoming/housing", officer, "en");
    await waitFor(() => expect(buttonsNamed("Edit room A101 (Résidence Jean Zay)")).toHaveLength(1));
    button("Edit room A101 (Résidence Jean Zay)").click();
    await waitFor(() => expect(dialog()).not.toBeNull());
    expect(control("Monthly rent (€)").value).toBe("450");
    await typeInto(control("Number of beds"), "1");
    await typeInto(control("Monthly rent (€)"), "460,25");
    button("Save the changes").click();
    await waitFor(() => expect(control("Number of beds").getAttribute("aria-invalid")).toBe("true"));
    expect(fieldError("Number of beds")).toContain("the room cannot hold fewer");
    expect(putBodies(api)[0]).toEqual({ number: "A101", capacity: 1, rentCents: 46025, availableFrom: "2026-09-01", availableTo: "2027-06-30", version: 1 });
  });

  it("edits a programme and a cohort with their versions", async () => {
    const detail = cohortDetail();
    const programme: ProgrammeDetail = { ...detail.programme, cohorts: [detail] };
    const api = fakeApi({
      [`GET /api/incoming/programmes/${programme.id}`]: () => ({ body: programme }),
      [`PUT /api/incoming/programmes/${programme.id}`]: (call) => ({ body: { ...programme, ...(call.body as object), version: 2 } }),
      [`GET /api/incoming/cohorts/${COHORT_ID}`]: () => ({ body: detail }),
      [`PUT /api/incoming/cohorts/${COHORT_ID}`]: (call) => ({ body: { ...detail, ...(call.body as object), version: 2 } }),
    });
    renderApp(`/incoming/programmes/${programme.id}`, officer);
    await waitFor(() => expect(buttonsNamed("Modifier le programme")).toHaveLength(1));
    button("Modifier le programme").click();
    await waitFor(() => expect(dialog()).not.toBeNull());
    await typeInto(control("Intitulé", dialog()!), "DU passerelle — Études en France");
    button("Enregistrer les modifications").click();
    await waitFor(() => expect(dialog()).toBeNull());
    expect(putBodies(api)[0]).toEqual({ code: "DU-PASS", name: "DU passerelle — Études en France", kind: "du-passerelle", version: 1 });

    cleanup();
    renderApp(`/incoming/cohorts/${COHORT_ID}`, officer);
    await waitFor(() => expect(buttonsNamed("Modifier la promotion")).toHaveLength(1));
    button("Modifier la promotion").click();
    await waitFor(() => expect(dialog()).not.toBeNull());
    expect(control("Droits (€)", dialog()!).value).toBe("1200");
    await typeInto(control("Places", dialog()!), "25");
    button("Enregistrer les modifications").click();
    await waitFor(() => expect(dialog()).toBeNull());
    expect(putBodies(api)[1]).toEqual({ academicYear: 2026, startDate: "2026-09-07", endDate: "2027-01-29", capacity: 25, feeCents: 120000, version: 1 });
  });
});
