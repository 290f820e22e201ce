import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../src/App";
import { cleanup, click, getButton, getByLabel, render, textOf, type, waitFor } from "./dom";
import { fakeApi, problem } from "./fake-api";
import { officer, reader } from "./fixtures";
import { erasmusEvent, registration } from "./fixtures-b";

const go = (path: string) => window.history.replaceState(null, "", path);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("events and interviews", () => {
  it("registers someone beyond capacity on the waiting list and announces the position", async () => {
    const id = erasmusEvent().id;
    go(`/erasmus/events/${id}`);
    const api = fakeApi({
      [`GET /api/erasmus/events/${id}`]: () => ({ body: erasmusEvent() }),
      [`GET /api/erasmus/events/${id}/registrations`]: () => ({ body: { items: [registration()] } }),
      [`POST /api/erasmus/events/${id}/registrations`]: () => ({ status: 201, body: registration({ id: "9e3f1c95-4f6d-4ca1-8d44-5e6f708192a4", name: "Hugo Petit", email: "hugo.petit@orbis.test", status: "waiting", waitingPosition: 1 }) }),
    });
    const view = render(<App basePath="/erasmus" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("Léa Martin"));
    expect(view.querySelector(`a[href$="/attendees?format=xlsx"]`)).not.toBeNull();
    type(getByLabel(view, "Nom"), "Hugo Petit");
    type(getByLabel(view, "Courriel"), "hugo.petit@orbis.test");
    click(getButton(view, "Inscrire"));
    await waitFor(() => expect(textOf(view)).toContain("Hugo Petit : liste d'attente (1)."));
    expect(api.calls.find((c) => c.method === "POST")!.body).toEqual({ name: "Hugo Petit", email: "hugo.petit@orbis.test" });
  });

  it("shows readers the registrations without the forms", async () => {
    const id = erasmusEvent().id;
    go(`/erasmus/events/${id}`);
    fakeApi({
      [`GET /api/erasmus/events/${id}`]: () => ({ body: erasmusEvent() }),
      [`GET /api/erasmus/events/${id}/registrations`]: () => ({ body: { items: [registration({ attended: true })] } }),
    });
    const view = render(<App basePath="/erasmus" locale="en" user={reader} />);
    await waitFor(() => expect(textOf(view)).toContain("Léa Martin"));
    expect(view.querySelector("form")).toBeNull();
  });

  it("tells the team when someone booked the slot first", async () => {
    go("/erasmus/interviews");
    const slot = { id: "b0000000-0000-4000-8000-000000000001", interviewer: "Sophie Bernard", place: "Bureau 112", startsAt: "2030-12-01T09:00:00.000Z", endsAt: "2030-12-01T09:30:00.000Z", booking: null };
    fakeApi({
      "GET /api/erasmus/interview-slots": () => ({ body: { items: [slot], total: 1 } }),
      [`POST /api/erasmus/interview-slots/${slot.id}/booking`]: () => ({ status: 409, body: { ...problem(409, "conflict"), detail: "This slot is already booked: choose another one." } }),
    });
    const view = render(<App basePath="/erasmus" locale="fr" user={officer} />);
    await waitFor(() => expect(textOf(view)).toContain("Sophie Bernard"));
    click(view.querySelector<HTMLButtonElement>("button[aria-label^='Réserver']")!);
    const card = view.querySelector(".erasmus-comm-side form")!;
    type(getByLabel(card, "Nom"), "Léa Martin");
    type(getByLabel(card, "Courriel"), "lea.martin@orbis.test");
    type(getByLabel(card, "Objet"), "Partir au Japon");
    click(getButton(card, "Réserver"));
    await waitFor(() => expect(textOf(view)).toContain("This slot is already booked"));
    expect(textOf(view)).toContain("Recharger la version actuelle");
  });
});
