import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi, problem } from "./fake-api";
import { coordinator, officer, page, student } from "./fixtures";
import { CLASS_2, COHORT_ID, PARTICIPANT_A, PARTICIPANT_B, REGISTRATION_ID, ROOM_ID, SESSION_ID, cohortDetail, residence, sessionDetail, waitingRequest } from "./life-fixtures";
import { button, buttonsNamed, cleanup, control, renderApp, rowText, textOf, typeInto, waitFor } from "./mount";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const status = () => textOf(document.querySelector("[role=status]"));

describe("French tests", () => {
  it("enters a CEFR level, announces the group and offers the certificate in French and English", async () => {
    let saved = false;
    const api = fakeApi({
      [`GET /api/incoming/french-tests/sessions/${SESSION_ID}`]: () => ({ body: sessionDetail(saved ? "B1" : null) }),
      [`PUT /api/incoming/french-tests/registrations/${REGISTRATION_ID}/result`]: () => {
        saved = true;
        return { body: { ...sessionDetail("B1").registrations[0], version: 2 } };
      },
      "GET /api/incoming/students": () => ({ body: page([]) }),
    });
    renderApp(`/incoming/french-tests/${SESSION_ID}`, officer);
    await waitFor(() => expect(textOf(document.querySelector("h1"))).toContain("Amphi 2"));
    expect(document.querySelector("table caption")?.textContent).toBe("Étudiants inscrits à la session, avec leur niveau CECRL");
    expect(document.querySelector(`a[href*="certificate"]`)).toBeNull();

    await typeInto(control("Niveau CECRL de WAGNER Lena"), "B1");
    button("Enregistrer le niveau de WAGNER Lena").click();
    await waitFor(() => expect(status()).toBe("Niveau B1 enregistré pour WAGNER Lena : groupe FLE intermédiaire."));
    expect(api.calls.find((c) => c.method === "PUT")?.body).toEqual({ version: 1, level: "B1" });
    await waitFor(() => expect(rowText(document.querySelector("tbody tr"))).toContain("FLE intermédiaire"));
    const links = [...document.querySelectorAll<HTMLAnchorElement>("a[href*='certificate']")].map((a) => a.getAttribute("href"));
    expect(links).toEqual([`/api/incoming/french-tests/registrations/${REGISTRATION_ID}/certificate?lang=fr`, `/api/incoming/french-tests/registrations/${REGISTRATION_ID}/certificate?lang=en`]);
  });

  it("shows the refusal of a sitting filled meanwhile and reloads it as complete", async () => {
    let full = false;
    const other = student({ id: "5e0b1a2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c", firstName: "Jun", lastName: "Li" });
    fakeApi({
      [`GET /api/incoming/french-tests/sessions/${SESSION_ID}`]: () => ({ body: { ...sessionDetail(), capacity: 1, registered: full ? 1 : 0, registrations: full ? sessionDetail().registrations : [] } }),
      [`POST /api/incoming/french-tests/sessions/${SESSION_ID}/registrations`]: () => {
        full = true;
        return { status: 409, body: { ...problem(409, "conflict"), detail: "The sitting is full: its 1 seats are taken." } };
      },
      "GET /api/incoming/students": () => ({ body: page([other]) }),
    });
    renderApp(`/incoming/french-tests/${SESSION_ID}`, officer);
    await waitFor(() => expect(document.querySelector(`option[value="${other.id}"]`)).not.toBeNull());
    await typeInto(control("Étudiant accueilli"), other.id);
    button("Inscrire").click();
    await waitFor(() => expect(textOf(document.querySelector("[role=alert], .o-alert"))).toContain("The sitting is full: its 1 seats are taken."));
    await waitFor(() => expect([...document.querySelectorAll("[role=status]")].map(textOf)).toContain("La session est complète."));
    expect(textOf(document.querySelector("[role=alert], .o-alert"))).toContain("The sitting is full");
    expect(buttonsNamed("Inscrire")).toHaveLength(0);
  });

  it("shows a coordinator the levels without the results entry", async () => {
    fakeApi({ [`GET /api/incoming/french-tests/sessions/${SESSION_ID}`]: () => ({ body: sessionDetail("B1") }) });
    renderApp(`/incoming/french-tests/${SESSION_ID}`, coordinator, "en");
    await waitFor(() => expect(rowText(document.querySelector("tbody tr"))).toContain("French intermediate"));
    expect(document.querySelector("select")).toBeNull();
    expect(buttonsNamed("Register")).toHaveLength(0);
  });
});

describe("housing", () => {
  it("explains a 409 on the last bed taken meanwhile and keeps the dialog open", async () => {
    const api = fakeApi({
      "GET /api/incoming/housing/residences": () => ({ body: [residence(1)] }),
      "GET /api/incoming/housing/requests": () => ({ body: [waitingRequest] }),
      "GET /api/incoming/housing/allocations": () => ({ body: [] }),
      "POST /api/incoming/housing/allocations": () => ({ status: 409, body: { ...problem(409, "conflict"), detail: "Room A101 has no bed free." } }),
    });
    renderApp("/incoming/housing", officer);
    await waitFor(() => expect(rowText(document.querySelector("table tbody tr"))).toContain("1 / 2 occupés"));
    const waitingRow = [...document.querySelectorAll("tbody tr")].find((row) => rowText(row).includes("WAGNER Lena"));
    expect(rowText(waitingRow)).toMatch(/^3 WAGNER Lena \(CHINESE\)/);

    button("Attribuer un lit à WAGNER Lena").click();
    await waitFor(() => expect(document.querySelector("[role=dialog]")).not.toBeNull());
    expect(control("Chambre").value).toBe(ROOM_ID);
    expect(control("Du").value).toBe("2026-09-01");
    button("Attribuer un lit").click();
    await waitFor(() => expect(textOf(document.querySelector(".inc-conflict"))).toBe(
      "Plus aucun lit libre dans cette chambre pour ces dates : quelqu'un vient de l'attribuer. Choisissez une autre chambre ou d'autres dates.",
    ));
    expect(api.calls.find((c) => c.method === "POST")?.body).toEqual({ requestId: waitingRequest.id, roomId: ROOM_ID, from: "2026-09-01", to: "2027-01-31" });
    expect(document.querySelector("[role=dialog]")).not.toBeNull();
  });

  it("names the field the service refused (dates outside the room's availability)", async () => {
    fakeApi({
      "GET /api/incoming/housing/residences": () => ({ body: [residence(0)] }),
      "GET /api/incoming/housing/requests": () => ({ body: [waitingRequest] }),
      "GET /api/incoming/housing/allocations": () => ({ body: [] }),
      "POST /api/incoming/housing/allocations": () => ({ status: 400, body: problem(400, "validation", [{ path: "body.to", message: "The room is available until 2027-06-30" }]) }),
    });
    renderApp("/incoming/housing", officer, "en");
    await waitFor(() => expect(buttonsNamed("Allocate a bed to WAGNER Lena")).toHaveLength(1));
    button("Allocate a bed to WAGNER Lena").click();
    await waitFor(() => expect(document.querySelector("[role=dialog]")).not.toBeNull());
    await typeInto(control("To"), "2027-08-31");
    button("Allocate a bed").click();
    await waitFor(() => expect(control("To").getAttribute("aria-invalid")).toBe("true"));
    expect(textOf(document.querySelector(".o-field--invalid"))).toContain("The room is available until 2027-06-30");
  });
});

describe("programmes", () => {
  it("shows fees and attendance rates, and saves a class's marks", async () => {
    const api = fakeApi({
      [`GET /api/incoming/cohorts/${COHORT_ID}`]: () => ({ body: cohortDetail() }),
      [`PUT /api/incoming/class-sessions/${CLASS_2}/attendance`]: (call) => ({ body: { ...cohortDetail().sessions[1], version: 3, marks: Object.fromEntries((call.body as { marks: Array<{ participantId: string; mark: string }> }).marks.map((m) => [m.participantId, m.mark])) } }),
      "GET /api/incoming/students": () => ({ body: page([]) }),
    });
    renderApp(`/incoming/cohorts/${COHORT_ID}`, officer);
    await waitFor(() => expect(textOf(document.querySelector("h1"))).toBe("DU passerelle — promotion 2026-2027"));
    const rows = [...document.querySelectorAll("table")].find((t) => t.caption?.textContent?.startsWith("Participants"))!.querySelectorAll("tbody tr");
    expect(rowText(rows[0]).replace(/\s/g, " ")).toMatch(/^ALVES Lena LAW 1 200,00 € 600,00 € 200,00 € 400,00 € 67 % Droits$/);
    expect(rowText(rows[1]).endsWith("— Droits")).toBe(true);

    await typeInto(control("ALVES Lena, séance du 15 sept. 2026"), "absent");
    await typeInto(control("BROWN Lena, séance du 15 sept. 2026"), "excused");
    button("Enregistrer la séance du 15 sept. 2026").click();
    await waitFor(() => expect(status()).toBe("Présences du 15 sept. 2026 enregistrées."));
    expect(api.calls.find((c) => c.method === "PUT")?.body).toEqual({
      version: 2,
      marks: [
        { participantId: PARTICIPANT_A, mark: "absent" },
        { participantId: PARTICIPANT_B, mark: "excused" },
      ],
    });
  });
});

describe("programme fees", () => {
  it("records paid and waived amounts in euros as cents and shows the service's refusal on the field", async () => {
    const api = fakeApi({
      [`GET /api/incoming/cohorts/${COHORT_ID}`]: () => ({ body: cohortDetail() }),
      [`PUT /api/incoming/participants/${PARTICIPANT_A}/fees`]: () => ({ status: 400, body: problem(400, "validation", [{ path: "body.feePaidCents", message: "Paid and waived together exceed the 120000 cents due" }]) }),
      "GET /api/incoming/students": () => ({ body: page([]) }),
    });
    renderApp(`/incoming/cohorts/${COHORT_ID}`, officer);
    await waitFor(() => expect(buttonsNamed("Droits de ALVES Lena")).toHaveLength(1));
    button("Droits de ALVES Lena").click();
    await waitFor(() => expect(control("Payé (€)").value).toBe("600.00"));
    await typeInto(control("Payé (€)"), "1100,50");
    button("Enregistrer").click();
    await waitFor(() => expect(control("Payé (€)").getAttribute("aria-invalid")).toBe("true"));
    expect(api.calls.find((c) => c.method === "PUT")?.body).toEqual({ version: 1, feePaidCents: 110050, feeWaivedCents: 20000 });
    expect(textOf(document.querySelector(".o-field--invalid"))).toContain("exceed");
  });
});
