import { expect, test } from "@playwright/test";
import { openErasmusSection, uniqueTag } from "./support/erasmus";

test("the team records a KA2 idea, moves it through the pipeline and writes committee minutes", async ({ page }) => {
  const acronym = `E2E${uniqueTag()}`;
  await openErasmusSection(page, "Coopération (KA2)", "Projets de coopération (KA2)");
  await expect(page.getByRole("heading", { name: "Échéances à venir (60 jours)" })).toBeVisible();
  await page.getByLabel(/^Acronyme/).fill(acronym);
  await page.getByLabel(/^Titre/).fill("Langues rares et inclusion numérique");
  await page.getByLabel(/^Porteur du projet/).fill("Anne Lefèvre");
  await page.getByLabel(/^Subvention demandée/).fill("400000");
  await page.getByLabel(/^Part de l'établissement/).fill("500000");
  await page.getByLabel(/^Date limite de dépôt/).fill("2027-03-05");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByLabel(/^Part de l'établissement/)).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel(/^Part de l'établissement/).fill("120000");
  await page.getByRole("button", { name: "Enregistrer" }).click();

  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${acronym}`) })).toBeVisible();
  await expect(page.getByText("Idée", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Passer à l'étape" }).click();
  await expect(page.getByText("Étape enregistrée : En préparation.")).toBeVisible();

  await page.getByLabel(/^Libellé/).fill("Dépôt de la candidature");
  await page.getByLabel(/^Échéance/).fill("2027-03-05");
  await page.getByRole("button", { name: "Ajouter l'échéance" }).click();
  await expect(page.getByLabel("2027-03-05 — Dépôt de la candidature")).toBeVisible();

  await page.getByLabel(/^Date de la réunion/).fill("2027-01-15");
  await page.getByLabel(/^Lieu/).fill("Visioconférence");
  await page.getByRole("button", { name: "Enregistrer la réunion" }).click();
  const meeting = page.getByRole("region", { name: "2027-01-15 — Visioconférence" });
  await meeting.getByLabel(/^Compte rendu/).fill("Répartition des lots validée.");
  await meeting.getByRole("button", { name: "Enregistrer le compte rendu" }).click();
  await expect(page.getByText("Enregistré.")).toBeVisible();
});
