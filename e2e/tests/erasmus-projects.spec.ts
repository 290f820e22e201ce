import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./support/shell";

async function openProjects(page: Page) {
  await loginAs(page, "erasmus@orbis.test");
  await mainNav(page).getByRole("link", { name: "Erasmus+" }).click();
  await page.getByRole("navigation", { name: "Erasmus+" }).getByRole("link", { name: "Projets" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projets de mobilité" })).toBeVisible();
}

test("the Erasmus+ team creates a KA171 project (the end date is refused first), then records an amendment", async ({ page }) => {
  await openProjects(page);
  await page.getByRole("link", { name: "Nouveau projet" }).click();
  const serial = String(Date.now() % 1_000_000_000).padStart(9, "0");
  await page.getByLabel("Action").selectOption("KA171");
  await page.getByLabel("Année d'appel").fill("2026");
  await page.getByLabel("Numéro de convention").fill(`2026-1-FR01-KA171-HED-${serial}`);
  await page.getByLabel("Intitulé").fill("Mobilité internationale — test");
  await page.getByLabel(/^Début\b/).fill("2026-08-01");
  await page.getByLabel(/^Fin\b/).fill("2026-01-31");
  for (const label of ["Soutien individuel (EUR)", "Voyage (EUR)", "Soutien à l'inclusion (EUR)", "Soutien organisationnel (EUR)"]) await page.getByLabel(label).fill("10000");
  await page.getByLabel(/^Pays partenaires/).fill("JP, CA");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByLabel(/^Fin\b/)).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel(/^Fin\b/).fill("2029-07-31");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(serial) })).toBeVisible();
  await expect(page.getByText("JP, CA")).toBeVisible();

  await page.getByLabel("Signé le").fill("2027-02-01");
  await page.getByLabel("Motif").fill("Fonds supplémentaires de l'Agence");
  await page.getByLabel(/^Nouveau budget voyage/).fill("15000");
  await page.getByRole("button", { name: "Enregistrer l'avenant" }).click();
  await expect(page.getByText("Avenant enregistré")).toBeVisible();
  await expect(page.getByText(/Fonds supplémentaires de l'Agence/)).toBeVisible();
});

test("a project's budget, a participant's explained grant, a pre-financing payment, and the Beneficiary Module export", async ({ page }) => {
  await openProjects(page);
  const projects = await (await page.request.get("/api/erasmus/projects?action=KA131&status=running&limit=1")).json();
  const project = projects.items[0];
  await page.getByRole("link", { name: project.grantAgreementNumber }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Consommation du budget" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Rapport Beneficiary Module" })).toBeVisible();
  await expect(page.getByText(/Vérification avant export : \d+ lignes/)).toBeVisible();
  const csv = await page.request.get(`/api/erasmus/projects/${project.id}/beneficiary-report?format=csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\n")[0]).toContain("activityType");

  const grants = await (await page.request.get(`/api/erasmus/grants?projectId=${project.id}&incomplete=false&limit=500`)).json();
  const unpaid = grants.items.find((g: { paidCents: number; status: string; totalCents: number }) => g.paidCents === 0 && g.status !== "cancelled" && g.totalCents > 0);
  await page.goto(`/erasmus/grants/${unpaid.id}`);
  await expect(page.getByRole("heading", { level: 1, name: unpaid.participantName })).toBeVisible();
  await expect(page.getByText(/month\(s\) x|day\(s\) x/).first()).toBeVisible();
  await page.getByLabel("Montant en euros").fill(String(unpaid.totalCents));
  await page.getByLabel("Payé le").fill("2026-08-20");
  await page.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(page.getByLabel("Montant en euros")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Montant en euros").fill(String(Math.floor(unpaid.totalCents / 100 / 2)));
  await page.getByRole("button", { name: "Enregistrer le paiement" }).click();
  await expect(page.getByText("Paiement enregistré")).toBeVisible();
  await expect(page.getByText(/Reste à payer/)).toBeVisible();
});
