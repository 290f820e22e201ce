import { expect, test } from "@playwright/test";
import { openErasmusSection, uniqueTag } from "./support/erasmus";

test("the team creates an information session, fills it, puts the next person on the waiting list, records attendance and exports the attendees", async ({ page }) => {
  const title = `Réunion E2E ${uniqueTag()}`;
  await openErasmusSection(page, "Événements", "Événements");
  await page.getByLabel(/^Intitulé/).fill(title);
  await page.getByLabel(/^Lieu/).fill("Amphi 2");
  await page.getByLabel(/^Début/).fill("2030-12-03T12:30");
  await page.getByLabel(/^Fin/).fill("2030-12-03T12:00");
  await page.getByLabel(/^Places/).fill("1");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByLabel(/^Fin/)).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel(/^Fin/).fill("2030-12-03T13:30");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  for (const [name, email] of [["Léa Martin", "lea.e2e@orbis.test"], ["Hugo Petit", "hugo.e2e@orbis.test"]]) {
    await page.getByLabel(/^Nom/).fill(name!);
    await page.getByLabel(/^Courriel/).fill(email!);
    await page.getByRole("button", { name: "Inscrire" }).click();
    await expect(page.getByRole("cell", { name: email! })).toBeVisible();
  }
  await expect(page.getByText("Hugo Petit : liste d'attente (1).")).toBeVisible();
  // The box follows the server: it ticks once the attendance is recorded.
  await page.getByLabel("Présent·e : Léa Martin").click();
  await expect(page.getByLabel("Présent·e : Léa Martin")).toBeChecked();
  await expect(page.getByText("1 / 1 inscrits · 1 en attente · 1 présents")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Liste des participants (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^participants-2030-12-03.*\.csv$/);
});

test("the team opens interview slots and books one", async ({ page }) => {
  const interviewer = `Conseiller ${uniqueTag()}`;
  await openErasmusSection(page, "Entretiens", "Entretiens individuels");
  await page.getByLabel(/^Interlocuteur/).fill(interviewer);
  await page.getByLabel(/^Lieu/).fill("Bureau 112");
  await page.getByLabel(/^Premier créneau/).fill("2030-12-02T09:00");
  await page.getByLabel(/^Nombre de créneaux/).fill("2");
  await page.getByRole("button", { name: "Ouvrir des créneaux" }).click();
  await expect(page.getByText("2 créneaux ouverts.")).toBeVisible();
  await page.getByRole("row", { name: new RegExp(interviewer) }).first().getByRole("button", { name: /^Réserver/ }).click();
  const card = page.locator(".erasmus-comm-side form").first();
  await card.getByLabel(/^Nom/).fill("Léa Martin");
  await card.getByLabel(/^Courriel/).fill("lea.martin@orbis.test");
  await card.getByLabel(/^Objet/).fill("Partir au Japon");
  await card.getByRole("button", { name: "Réserver" }).click();
  await expect(page.getByText("Créneau réservé pour Léa Martin.")).toBeVisible();
});
