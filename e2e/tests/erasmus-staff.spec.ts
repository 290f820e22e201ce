import { expect, test } from "@playwright/test";
import { openErasmusSection, uniqueTag } from "./support/erasmus";

test("the team records a staff application, corrects a field error, selects it and signs the mobility agreement", async ({ page }) => {
  const name = `Essai${uniqueTag()}`;
  await openErasmusSection(page, "Mobilités des personnels", "Mobilités des personnels");
  await expect(page.getByRole("table")).toBeVisible();
  await page.getByRole("link", { name: "Nouvelle candidature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle candidature de mobilité du personnel" })).toBeVisible();
  await page.getByLabel(/^Prénom/).fill("Claire");
  await page.getByLabel(/^Nom/).fill(name);
  await page.getByLabel(/^Courriel/).fill(`${name.toLowerCase()}@orbis.test`);
  await page.getByLabel(/^Établissement d'accueil/).fill("Universidad de Salamanca");
  await page.getByLabel(/^Pays/).fill("ES");
  await page.getByLabel(/^Ville/).fill("Salamanca");
  await page.getByLabel(/^Début/).fill("2027-03-08");
  await page.getByLabel(/^Fin/).fill("2027-03-01");
  await page.getByLabel(/^Distance/).fill("1020");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByLabel(/^Fin/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("The end date is before the start date.")).toBeVisible();

  await page.getByLabel(/^Fin/).fill("2027-03-12");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Claire ${name}` })).toBeVisible();
  await expect(page.getByText("Candidature", { exact: true })).toBeVisible();

  await page.getByLabel(/^Note de sélection/).fill("82");
  await page.getByRole("button", { name: "Sélectionner" }).click();
  await expect(page.getByText("Étape enregistrée : Sélectionnée.")).toBeVisible();
  await page.getByRole("button", { name: "Accord de mobilité signé" }).click();
  await expect(page.getByText("Étape enregistrée : Accord signé.")).toBeVisible();
  await expect(page.getByText(/^Accord signé le/)).toBeVisible();
});

test("leadership reads staff mobilities without the forms", async ({ page }) => {
  await openErasmusSection(page, "Mobilités des personnels", "Mobilités des personnels", "vp@orbis.test");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("link", { name: "Nouvelle candidature" })).toHaveCount(0);
});
