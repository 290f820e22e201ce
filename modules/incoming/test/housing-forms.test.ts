import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, problem } from "./fake-api";
import { coordinator, officer, page, student } from "./fixtures";
import { RESIDENCE_ID, residence, waitingRequest } from "./life-fixtures";
import { button, buttonsNamed, cleanup, control, renderApp, textOf, typeInto, waitFor } from "./mount";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const housingReads = {
  "GET /api/incoming/housing/residences": () => ({ body: [residence(0)] }),
  "GET /api/incoming/housing/requests": () => ({ body: [] }),
  "GET /api/incoming/housing/allocations": () => ({ body: [] }),
};
const fieldError = (label: string) => textOf(control(label).closest(".o-field"));

describe("residences and rooms", () => {
  it("creates a residence and shows the service's refusal next to the field", async () => {
    const api = fakeApi({
      ...housingReads,
      "POST /api/incoming/housing/residences": () => ({ status: 400, body: problem(400, "validation", [{ path: "body.address", message: "Required" }]) }),
    });
    renderApp("/incoming/housing", officer);
    await waitFor(() => expect(control("Nom de la résidence")).toBeTruthy());
    await typeInto(control("Nom de la résidence"), "Résidence Curie");
    await typeInto(control("Adresse"), " ");
    button("Créer").click();
    await waitFor(() => expect(control("Adresse").getAttribute("aria-invalid")).toBe("true"));
    expect(fieldError("Adresse")).toContain("Required");
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({ name: "Résidence Curie", address: " " });
  });

  it("adds a room with its rent typed in euros and sent in cents", async () => {
    const api = fakeApi({
      ...housingReads,
      [`POST /api/incoming/housing/residences/${RESIDENCE_ID}/rooms`]: () => ({ status: 400, body: problem(400, "validation", [{ path: "body.availableTo", message: "Ends before it starts" }]) }),
    });
    renderApp("/incoming/housing", officer, "en");
    await waitFor(() => expect(buttonsNamed("Add a room to Résidence Jean Zay")).toHaveLength(1));
    button("Add a room to Résidence Jean Zay").click();
    await waitFor(() => expect(document.querySelector("[role=dialog]")).not.toBeNull());
    await typeInto(control("Room number"), "B12");
    await typeInto(control("Number of beds"), "2");
    await typeInto(control("Monthly rent (€)"), "455,50");
    await typeInto(control("Available from"), "2026-09-01");
    await typeInto(control("Available until"), "2026-08-01");
    button("Add a room").click();
    await waitFor(() => expect(control("Available until").getAttribute("aria-invalid")).toBe("true"));
    expect(fieldError("Available until")).toContain("Ends before it starts");
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({ number: "B12", capacity: 2, rentCents: 45550, availableFrom: "2026-09-01", availableTo: "2026-08-01" });
  });

  it("offers no housing forms to a coordinator", async () => {
    fakeApi(housingReads);
    renderApp("/incoming/housing", coordinator, "en");
    await waitFor(() => expect(textOf(document.querySelector("h3"))).toBe("Résidence Jean Zay"));
    expect(buttonsNamed("Add a room to Résidence Jean Zay")).toHaveLength(0);
    expect(buttonsNamed("New housing request")).toHaveLength(0);
    expect(document.querySelector("form")).toBeNull();
  });
});

describe("housing requests", () => {
  it("puts a picked student on the waiting list and shows a refused date next to its field", async () => {
    const found = student();
    let refuse = true;
    const api = fakeApi({
      ...housingReads,
      "GET /api/incoming/students": () => ({ body: page([found]) }),
      "POST /api/incoming/housing/requests": () =>
        refuse ? { status: 400, body: problem(400, "validation", [{ path: "body.to", message: "Must be after from" }]) } : { status: 201, body: waitingRequest },
    });
    renderApp("/incoming/housing", officer);
    await waitFor(() => expect(buttonsNamed("Nouvelle demande de logement")).toHaveLength(1));
    button("Nouvelle demande de logement").click();
    await waitFor(() => expect(document.querySelector(`option[value="${found.id}"]`)).not.toBeNull());
    await typeInto(control("Étudiant accueilli"), found.id);
    await typeInto(control("Résidence souhaitée"), RESIDENCE_ID);
    await typeInto(control("Loyer maximal (€"), "500");
    await typeInto(control("Logement souhaité à partir du"), "2026-09-01");
    await typeInto(control("Logement souhaité jusqu'au"), "2026-08-01");
    const submit = () => [...document.querySelectorAll<HTMLButtonElement>("[role=dialog] button[type=submit]")][0]!.click();
    submit();
    await waitFor(() => expect(control("Logement souhaité jusqu'au").getAttribute("aria-invalid")).toBe("true"));
    expect(fieldError("Logement souhaité jusqu'au")).toContain("Must be after from");
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({ studentId: found.id, residenceId: RESIDENCE_ID, maxRentCents: 50000, from: "2026-09-01", to: "2026-08-01" });

    refuse = false;
    await typeInto(control("Logement souhaité jusqu'au"), "2027-01-31");
    submit();
    await waitFor(() => expect(textOf(document.querySelector("[role=status]"))).toBe("Demande de WAGNER Lena ajoutée à la liste d'attente (rang 3)."));
    expect(document.querySelector("[role=dialog]")).toBeNull();
  });
});
