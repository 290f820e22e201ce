import { expect, test } from "@playwright/test";
import { TEAM, apiAs, download, freeMover, isoDayIn, listedName, moduleNav, ok, openIncoming, uniqueTag } from "./support/incoming";

test.describe.configure({ timeout: 120_000 });

test("a French test sitting with one seat takes one student, refuses the second, and the B1 result gives its certificate", async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const first = await freeMover(team, `Premier${tag}`);
  const second = await freeMover(team, `Second${tag}`, "CHINESE", "Jun");
  await team.dispose();
  const room = `Salle E2E ${tag}`;

  await openIncoming(page, TEAM);
  await moduleNav(page).getByRole("link", { name: "Tests de français" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tests de positionnement en français" })).toBeVisible();
  await page.getByLabel(/^Date/).fill(isoDayIn(20));
  await page.getByLabel(/^Heure/).fill("09:30");
  await page.getByLabel(/^Salle/).fill(room);
  await page.getByLabel(/^Places/).fill("1");
  await page.getByRole("button", { name: "Programmer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Session programmée." })).toBeVisible();
  const sitting = page.getByRole("table", { name: /^Sessions de test de français/ }).getByRole("row").filter({ hasText: room });
  await expect(sitting).toContainText("0 / 1 inscrits");
  await sitting.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`salle ${room}$`) })).toBeVisible();

  // A colleague has the same sitting open: both see one seat left.
  const colleague = await page.context().newPage();
  await colleague.goto(page.url());
  await expect(colleague.getByRole("button", { name: "Inscrire" })).toBeVisible();

  await page.getByLabel(/^Rechercher un étudiant/).fill(first.lastName);
  await page.getByLabel(/^Étudiant accueilli/).selectOption({ label: `${listedName(first)} (CHINESE)` });
  await page.getByRole("button", { name: "Inscrire" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${listedName(first)} est inscrit·e.` })).toBeVisible();
  await expect(page.getByText("La session est complète.")).toBeVisible();

  await colleague.getByLabel(/^Rechercher un étudiant/).fill(second.lastName);
  await colleague.getByLabel(/^Étudiant accueilli/).selectOption({ label: `${listedName(second)} (CHINESE)` });
  await colleague.getByRole("button", { name: "Inscrire" }).click();
  await expect(colleague.getByText("The sitting is full: its 1 seats are taken.")).toBeVisible();
  await expect(colleague.getByText("La session est complète.")).toBeVisible();
  await colleague.close();
  const sessionId = page.url().split("/").pop()!;
  const session = await ok<{ registered: number; registrations: { studentId: string }[] }>(await page.request.get(`/api/incoming/french-tests/sessions/${sessionId}`), "read the sitting");
  expect(session.registered).toBe(1);
  expect(session.registrations.map((r) => r.studentId)).toEqual([first.id]);

  const registrations = page.getByRole("table", { name: /^Étudiants inscrits à la session/ });
  await registrations.getByLabel(`Niveau CECRL de ${listedName(first)}`).selectOption("B1");
  await registrations.getByRole("button", { name: `Enregistrer le niveau de ${listedName(first)}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Niveau B1 enregistré pour ${listedName(first)}` })).toBeVisible();
  for (const name of ["Attestation (français)", "Attestation (anglais)"]) {
    const certificate = await download(page, await registrations.getByRole("link", { name }).getAttribute("href"));
    expect(certificate.status, name).toBe(200);
    expect(certificate.type).toContain("application/pdf");
    expect(certificate.body.subarray(0, 5).toString()).toBe("%PDF-");
  }
});

test("a room with one bed goes to the first request; a second allocation for the same dates is refused as a conflict", async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const residence = await ok<{ id: string; name: string }>(await team.post("/api/incoming/housing/residences", { data: { name: `Résidence E2E ${tag}`, address: "1 rue des Tests, Paris" } }), "add a residence");
  const room = await ok<{ id: string; number: string }>(
    await team.post(`/api/incoming/housing/residences/${residence.id}/rooms`, { data: { number: `S${tag}`.slice(0, 20), capacity: 1, rentCents: 42_000, availableFrom: isoDayIn(0), availableTo: isoDayIn(365) } }),
    "add a room with one bed",
  );
  const students = [await freeMover(team, `Loge${tag}`), await freeMover(team, `Attend${tag}`, "CHINESE", "Jun")];
  for (const student of students) {
    await ok(await team.post("/api/incoming/housing/requests", { data: { studentId: student.id, from: isoDayIn(10), to: isoDayIn(100) } }), "ask for a bed");
  }
  await team.dispose();
  const [housed, waiting] = students as [(typeof students)[0], (typeof students)[0]];

  await openIncoming(page, TEAM);
  await moduleNav(page).getByRole("link", { name: "Logement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logement des étudiants accueillis" })).toBeVisible();
  await expect(page.getByRole("table", { name: `Chambres de ${residence.name}, avec les lits occupés aujourd'hui` }).getByRole("row").filter({ hasText: room.number })).toContainText("0 / 1 occupés");

  const list = page.getByRole("table", { name: "Demandes de logement en attente, par ordre d'arrivée" });
  await list.getByRole("button", { name: `Attribuer un lit à ${listedName(housed)}` }).click();
  let dialog = page.getByRole("dialog", { name: `Attribuer un lit à ${listedName(housed)}` });
  await dialog.getByLabel(/^Chambre/).selectOption(room.id);
  await expect(dialog.getByLabel(/^Du/)).toHaveValue(isoDayIn(10));
  await dialog.getByRole("button", { name: "Attribuer un lit" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Lit attribué à ${listedName(housed)} : chambre ${room.number}.` })).toBeVisible();
  await expect(page.getByRole("table", { name: "Lits attribués, par résidence et chambre" }).getByRole("row").filter({ hasText: listedName(housed) })).toContainText(`${residence.name} — ${room.number}`);

  await list.getByRole("button", { name: `Attribuer un lit à ${listedName(waiting)}` }).click();
  dialog = page.getByRole("dialog", { name: `Attribuer un lit à ${listedName(waiting)}` });
  await dialog.getByLabel(/^Chambre/).selectOption(room.id);
  await dialog.getByRole("button", { name: "Attribuer un lit" }).click();
  await expect(dialog.getByText("Plus aucun lit libre dans cette chambre pour ces dates")).toBeVisible();
  await dialog.getByRole("button", { name: "Annuler" }).click();

  const allocations = await ok<{ studentId: string; roomId?: string; roomNumber: string }[]>(await page.request.get("/api/incoming/housing/allocations"), "list the allocations");
  expect(allocations.filter((a) => a.roomNumber === room.number).map((a) => a.studentId)).toEqual([housed.id]);
  const requests = await ok<{ studentId: string; status: string }[]>(await page.request.get("/api/incoming/housing/requests"), "list the requests");
  expect(requests.find((r) => r.studentId === waiting.id)?.status).toBe("waiting");
});
