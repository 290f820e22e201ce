import { expect, test } from "@playwright/test";
import { FREE_MOVER_DOCUMENTS, PDF, TEAM, apiAs, freeMover, isoDayIn, listedName, moduleNav, ok, openIncoming, uniqueTag } from "./support/incoming";

test.describe.configure({ timeout: 120_000 });

type Room = { id: string; version: number; number: string; capacity: number; rentCents: number; availableFrom: string; availableTo: string };

test("the team edits a programme, then meets a stale room version, reloads the latest and saves on it", async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const programme = await ok<{ id: string; code: string; name: string }>(await team.post("/api/incoming/programmes", { data: { code: `Q${tag}`.slice(0, 20), name: `DU passerelle ${tag}`, kind: "du-passerelle" } }), "create a programme");
  const residence = await ok<{ id: string; name: string }>(await team.post("/api/incoming/housing/residences", { data: { name: `Résidence Edit ${tag}`, address: "3 rue des Tests, Paris" } }), "add a residence");
  const room = await ok<Room>(
    await team.post(`/api/incoming/housing/residences/${residence.id}/rooms`, { data: { number: `E${tag}`.slice(0, 20), capacity: 2, rentCents: 41_000, availableFrom: isoDayIn(0), availableTo: isoDayIn(300) } }),
    "add a room",
  );

  await openIncoming(page, TEAM);
  await page.goto(`/incoming/programmes/${programme.id}`);
  await expect(page.getByRole("heading", { level: 1, name: programme.name })).toBeVisible();
  await page.getByRole("button", { name: "Modifier le programme" }).click();
  const programmeDialog = page.getByRole("dialog", { name: "Modifier le programme" });
  await expect(programmeDialog.getByLabel(/^Code/)).toHaveValue(programme.code);
  await programmeDialog.getByLabel(/^Intitulé/).fill(`DU passerelle — Études en France ${tag}`);
  await programmeDialog.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(programmeDialog).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `DU passerelle — Études en France ${tag}` })).toBeVisible();
  expect((await (await page.request.get(`/api/incoming/programmes/${programme.id}`)).json()).version).toBe(2);

  await moduleNav(page).getByRole("link", { name: "Logement" }).click();
  const roomName = `Modifier la chambre ${room.number} (${residence.name})`;
  await page.getByRole("button", { name: roomName }).click();
  const roomDialog = page.getByRole("dialog", { name: `Modifier la chambre ${room.number}` });
  await expect(roomDialog.getByLabel(/^Loyer mensuel/)).toHaveValue("410");
  // A colleague saves the room meanwhile: three beds.
  await ok(await team.put(`/api/incoming/housing/rooms/${room.id}`, { data: { ...room, capacity: 3, version: room.version } }), "a colleague's change");
  await team.dispose();
  await roomDialog.getByLabel(/^Loyer mensuel/).fill("430");
  await roomDialog.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(roomDialog.getByText("Modifié entre-temps")).toBeVisible();
  let saved = (await (await page.request.get("/api/incoming/housing/residences")).json()).find((r: { id: string }) => r.id === residence.id).rooms[0] as Room;
  expect(saved).toMatchObject({ version: 2, capacity: 3, rentCents: 41_000 });

  await roomDialog.getByRole("button", { name: "Recharger la dernière version" }).click();
  await expect(roomDialog.getByLabel(/^Nombre de lits/)).toHaveValue("3");
  await expect(roomDialog.getByLabel(/^Loyer mensuel/)).toHaveValue("410");
  await roomDialog.getByLabel(/^Loyer mensuel/).fill("430");
  await roomDialog.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(roomDialog).toHaveCount(0);
  saved = (await (await page.request.get("/api/incoming/housing/residences")).json()).find((r: { id: string }) => r.id === residence.id).rooms[0] as Room;
  expect(saved).toMatchObject({ version: 3, capacity: 3, rentCents: 43_000 });
});

test("the team withdraws a housing request (the list moves up) and a French test registration (the seat is free)", async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const [leaving, staying] = [await freeMover(team, `Retrait${tag}`), await freeMover(team, `Reste${tag}`, "CHINESE", "Jun")];
  for (const student of [leaving, staying]) {
    await ok(await team.post("/api/incoming/housing/requests", { data: { studentId: student.id, from: isoDayIn(20), to: isoDayIn(120) } }), "ask for a bed");
  }
  const sitting = await ok<{ id: string }>(await team.post("/api/incoming/french-tests/sessions", { data: { date: isoDayIn(15), startTime: "10:00", room: `Salle ${tag}`, capacity: 1 } }), "schedule a sitting");
  await ok(await team.post(`/api/incoming/french-tests/sessions/${sitting.id}/registrations`, { data: { studentId: leaving.id } }), "register");
  await team.dispose();
  const positionOf = async (studentId: string) =>
    ((await (await page.request.get("/api/incoming/housing/requests?status=waiting")).json()) as Array<{ studentId: string; position: number }>).find((r) => r.studentId === studentId)?.position;

  await openIncoming(page, TEAM);
  const before = await positionOf(staying.id);
  await moduleNav(page).getByRole("link", { name: "Logement" }).click();
  const list = page.getByRole("table", { name: "Demandes de logement en attente, par ordre d'arrivée" });
  await list.getByRole("button", { name: `Retirer ${listedName(leaving)} de la liste d'attente` }).click();
  const confirm = page.getByRole("dialog", { name: "Retirer la demande de logement ?" });
  await expect(confirm).toContainText("les demandes suivantes avancent d'un rang");
  await confirm.getByRole("button", { name: "Retirer de la liste d'attente" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Demande de ${listedName(leaving)} retirée de la liste d'attente.` })).toBeVisible();
  await expect(list.getByRole("row").filter({ hasText: listedName(leaving) })).toHaveCount(0);
  await expect(list.getByRole("row").filter({ hasText: listedName(staying) })).toContainText(String(before! - 1));
  expect(await positionOf(staying.id)).toBe(before! - 1);

  await page.goto(`/incoming/french-tests/${sitting.id}`);
  await expect(page.getByText("1 / 1 inscrits")).toBeVisible();
  await expect(page.getByText("La session est complète.")).toBeVisible();
  await page.getByRole("button", { name: `Désinscrire ${listedName(leaving)}` }).click();
  const unregister = page.getByRole("dialog", { name: "Désinscrire de la session ?" });
  await unregister.getByRole("button", { name: "Désinscrire" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${listedName(leaving)} est désinscrit·e : une place est libre.` })).toBeVisible();
  await expect(page.getByText("0 / 1 inscrits")).toBeVisible();
  await expect(page.getByRole("button", { name: "Inscrire" })).toBeVisible();
  expect((await (await page.request.get(`/api/incoming/french-tests/sessions/${sitting.id}`)).json()).registered).toBe(0);
});

test("the team receives a nominated student's documents, marks the file complete, and the department can then admit", async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const student = await freeMover(team, `Dossier${tag}`);
  await team.dispose();

  await openIncoming(page, TEAM);
  await page.goto(`/incoming/students/${student.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `${student.firstName} ${student.lastName.toUpperCase()}` })).toBeVisible();
  const decision = page.getByLabel(/^Décision$/);
  await expect(decision.locator("option")).toHaveText(["Refuser"]);
  const complete = page.getByRole("button", { name: "Déclarer le dossier complet" });
  await expect(complete).toBeDisabled();

  for (const [kind, label] of FREE_MOVER_DOCUMENTS) {
    await page.getByLabel(/^Type de document/).selectOption(kind);
    await page.getByLabel(/^Fichier \(PDF/).setInputFiles({ ...PDF, name: `${kind}-${tag}.pdf` });
    await page.getByRole("button", { name: "Déposer" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Document ${kind}-${tag}.pdf déposé.` })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: label })).toContainText("reçue");
  }
  await expect(complete).toBeEnabled();
  await complete.click();
  const dialog = page.getByRole("dialog", { name: "Déclarer le dossier complet ?" });
  await dialog.getByRole("button", { name: "Déclarer le dossier complet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Dossier complet : la candidature est déposée." })).toBeVisible();
  await expect(page.getByText("Candidature déposée", { exact: true })).toBeVisible();
  await expect(decision.locator("option")).toHaveText(["Admettre", "Refuser"]);
  expect((await (await page.request.get(`/api/incoming/students/${student.id}`)).json()).status).toBe("applied");
});
