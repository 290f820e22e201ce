import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./support/shell";

const section = (page: Page, heading: string) => page.locator("section.o-card").filter({ has: page.getByRole("heading", { name: heading, exact: true }) });

test("the vice-president sets an objective, corrects a field error, adds a target and a figure, and sees the progress", async ({ page }) => {
  await loginAs(page, "vp@orbis.test");
  await mainNav(page).getByRole("link", { name: "Gouvernance" }).click();
  await page.getByRole("navigation", { name: "Gouvernance" }).getByRole("link", { name: "Objectifs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Objectifs de la politique internationale" })).toBeVisible();
  // The seeded plans are there.
  await expect(page.getByRole("link", { name: "Augmenter la mobilité sortante des étudiants" }).first()).toBeVisible();

  const list = section(page, "Objectifs");
  await list.getByRole("button", { name: "Ajouter" }).click();
  await page.getByLabel("Intitulé").fill("Doubler les doubles diplômes");
  await page.getByLabel("Indicateur").selectOption({ label: "Accords en vigueur" });
  await page.getByLabel("Première année").fill("2026");
  await page.getByLabel("Dernière année").fill("2024");
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByText("The last year comes after the first.")).toBeVisible();
  await expect(page.getByLabel("Dernière année")).toBeFocused();
  await page.getByLabel("Dernière année").fill("2028");
  await page.getByRole("button", { name: "Créer" }).click();
  await page.getByRole("link", { name: "Doubler les doubles diplômes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Doubler les doubles diplômes" })).toBeVisible();

  const targets = section(page, "Cibles annuelles");
  await targets.getByRole("button", { name: "Ajouter" }).click();
  await targets.getByLabel("Année").fill("2026");
  await targets.getByLabel("Cible").fill("40");
  await targets.getByRole("button", { name: "Créer" }).click();
  await expect(targets.getByRole("cell", { name: "40" })).toBeVisible();

  const values = section(page, "Chiffres saisis");
  await values.getByRole("button", { name: "Ajouter" }).click();
  await values.getByLabel("Année").fill("2026");
  await values.getByLabel("Valeur").fill("30");
  await values.getByLabel("Source").fill("Tableau de bord du pôle accords");
  await values.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByRole("row", { name: /2026 40 30 75 % de la cible/ })).toBeVisible();
  // Years without an entered figure (analytics is not deployed in this stack) say so.
  await expect(page.getByRole("row", { name: /2027 Pas de cible Pas encore calculé/ })).toBeVisible();
});
