import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./support/shell";

const moduleNav = (page: Page) => page.getByRole("navigation", { name: "Gouvernance" });

async function openMissions(page: Page, email: string) {
  await loginAs(page, email);
  await mainNav(page).getByRole("link", { name: "Gouvernance" }).click();
  await moduleNav(page).getByRole("link", { name: "Missions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Missions des personnels" })).toBeVisible();
}

test("a staff member files a mission (fixing a field error), submits it, the vice-president approves it and exports the list", async ({ page, browser }) => {
  await openMissions(page, "outgoing@orbis.test");
  await page.getByRole("link", { name: "Nouvelle demande" }).click();
  await page.getByLabel("Ville").fill("Pune");
  await page.getByLabel("Pays (code ISO, ex. CN)").fill("IN");
  await page.getByLabel("Objet de la mission").fill("Réunion du réseau des instituts indiens");
  await page.getByLabel("Départ").fill("2026-12-05");
  await page.getByLabel("Retour").fill("2026-12-01");
  await page.getByLabel("Libellé").fill("Vol Paris-Pune");
  await page.getByLabel("Montant (€)").fill("850");
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByText("Ends before it starts")).toBeVisible();
  await expect(page.getByLabel("Retour")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Retour").fill("2026-12-09");
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mission à Pune" })).toBeVisible();
  await expect(page.getByText("Brouillon")).toBeVisible();
  await page.getByRole("button", { name: "Soumettre" }).click();
  await expect(page.getByText("Soumise", { exact: true })).toBeVisible();
  const missionUrl = page.url();

  const vpContext = await browser.newContext();
  const vp = await vpContext.newPage();
  await openMissions(vp, "vp@orbis.test");
  await expect(vp.getByText("Enveloppe 2026")).toBeVisible();
  await vp.goto(missionUrl);
  await vp.getByLabel("Commentaire (obligatoire pour un refus)").fill("Partenaire prioritaire");
  await vp.getByRole("button", { name: "Approuver" }).click();
  await expect(vp.getByText("Approuvée", { exact: true })).toBeVisible();

  await vp.getByRole("link", { name: "Retour aux missions" }).click();
  const csvHref = await vp.getByRole("link", { name: "Exporter en CSV" }).getAttribute("href");
  const csv = await vp.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Pune");
  const xlsx = await vp.request.get((await vp.getByRole("link", { name: "Exporter en XLSX" }).getAttribute("href"))!);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  await vpContext.close();
});

test("the vice-president completes this year's QS figures, reviews and locks them, then exports the PDF", async ({ page }) => {
  await loginAs(page, "vp@orbis.test");
  await mainNav(page).getByRole("link", { name: "Gouvernance" }).click();
  await moduleNav(page).getByRole("link", { name: "Classements" }).click();
  await page.getByRole("link", { name: "QS 2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "QS 2026" })).toBeVisible();
  await page.getByRole("button", { name: "Saisir Personnels internationaux (effectif)" }).click();
  await page.getByLabel("Valeur — Personnels internationaux (effectif)").fill("88");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Say where the figure comes from")).toBeVisible();
  await page.getByLabel("Source", { exact: true }).fill("Service RH, 31/12/2026");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("cell", { name: "Service RH, 31/12/2026" })).toBeVisible();
  await page.getByRole("button", { name: "Marquer comme revu" }).click();
  await expect(page.getByText("Revu", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Verrouiller" }).click();
  await expect(page.getByText("Exercice verrouillé : lecture seule.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Saisir/ })).toHaveCount(0);
  const pdf = await page.request.get((await page.getByRole("link", { name: "Télécharger (PDF)" }).getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
});

test("analysts read the scholarships ranking and equal-opportunity targets without write controls", async ({ page }) => {
  await loginAs(page, "analyst@orbis.test");
  await mainNav(page).getByRole("link", { name: "Gouvernance" }).click();
  await moduleNav(page).getByRole("link", { name: "Bourses" }).click();
  await page.getByRole("button", { name: "Voir le classement de Bourses d'excellence 2025-2026" }).click();
  await expect(page.getByRole("table", { name: "Candidats" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Attribuer dans le budget" })).toHaveCount(0);
  await moduleNav(page).getByRole("link", { name: "Égalité des chances" }).click();
  await expect(page.getByRole("table", { name: "Objectifs" })).toBeVisible();
  await expect(page.getByText("pas encore calculé").first()).toBeVisible();
});
