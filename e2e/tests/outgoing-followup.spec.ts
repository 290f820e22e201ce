import { expect, test } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { CHINESE_COORDINATOR, TEAM, apiAs, mobilityThroughSelection, openOutgoing, uniqueTag } from "./support/outgoing";

test.describe.configure({ timeout: 180_000 });

test("a new mobility's checklist and learning agreement: step done, tables A/B submitted, rejected with a comment, resubmitted, approved, exported to EWP", async ({ page, browser, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const { mobilityId, lastName } = await mobilityThroughSelection(team, tag);
  await team.dispose();

  await openOutgoing(page, TEAM);
  await page.goto(`/outgoing/mobilities/${mobilityId}`);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(lastName.toUpperCase()) })).toBeVisible();
  const insurance = page.getByLabel("Statut de l'étape « Assurance »");
  await expect(insurance).toHaveValue("todo");
  await insurance.selectOption("done");
  await expect(page.getByRole("status").filter({ hasText: "Étape « Assurance » : Fait" })).toBeVisible();
  const steps = await (await page.request.get(`/api/outgoing/mobilities/${mobilityId}/steps`)).json();
  expect(steps.find((s: { step: string }) => s.step === "insurance")).toMatchObject({ status: "done" });

  await expect(page.getByText("Aucun contrat d'études pour l'instant.")).toBeVisible();
  await page.getByRole("button", { name: "Rédiger le contrat d'études" }).click();
  await page.getByLabel("Tableau A : Code, ligne 1").fill("CHN-301");
  await page.getByLabel("Tableau A : Intitulé, ligne 1").fill("Chinese contemporary literature");
  await page.getByLabel("Tableau A : Crédits ECTS, ligne 1").fill("6");
  await page.getByLabel("Tableau B : Code, ligne 1").fill("LCH5A01");
  await page.getByLabel("Tableau B : Intitulé, ligne 1").fill("Littérature chinoise moderne");
  await page.getByLabel("Tableau B : Crédits ECTS, ligne 1").fill("6");
  // A submission needs both contact persons.
  await page.getByLabel("Établissement d'origine : prénom(s) du contact").fill("Hélène");
  await page.getByLabel("Établissement d'origine : nom du contact").fill("Morel");
  await page.getByLabel("Établissement d'origine : e-mail du contact").fill("helene.morel@orbis.test");
  await page.getByLabel("Établissement d'accueil : prénom(s) du contact").fill("Mei");
  await page.getByLabel("Établissement d'accueil : nom du contact").fill("Chen");
  await page.getByLabel("Établissement d'accueil : e-mail du contact").fill("mei.chen@partner.example");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Contrat d'études enregistré" })).toBeVisible();
  await page.getByRole("button", { name: "Soumettre (signature de l'étudiant)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Version 1 (première version) : Soumis" })).toBeVisible();

  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await loginAs(coordinator, CHINESE_COORDINATOR);
  await coordinator.goto(`/outgoing/mobilities/${mobilityId}`);
  await coordinator.getByRole("button", { name: "Refuser" }).click();
  const dialog = coordinator.getByRole("dialog", { name: "Refuser le contrat d'études" });
  await dialog.getByLabel(/^Commentaire/).fill("Le cours CHN-301 ne compte que 5 ECTS à l'accueil.");
  await dialog.getByRole("button", { name: "Refuser" }).click();
  await expect(coordinator.getByText("Commentaire du coordinateur : Le cours CHN-301 ne compte que 5 ECTS à l'accueil.")).toBeVisible();

  await page.reload();
  await expect(page.getByText(/Commentaire du coordinateur : Le cours CHN-301/)).toBeVisible();
  await page.getByRole("button", { name: "Soumettre (signature de l'étudiant)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Soumis" })).toBeVisible();

  await coordinator.reload();
  await coordinator.getByRole("button", { name: "Valider et signer" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Validé" })).toBeVisible();
  const ewpLink = coordinator.getByRole("link", { name: "Télécharger au format EWP (XML)" });
  await expect(ewpLink).toBeVisible();
  const ewp = await coordinator.request.get((await ewpLink.getAttribute("href"))!);
  expect(ewp.status()).toBe(200);
  expect(ewp.headers()["content-type"]).toContain("xml");
  expect(await ewp.text()).toContain("CHN-301");
  const la = await (await coordinator.request.get(`/api/outgoing/mobilities/${mobilityId}/learning-agreement`)).json();
  expect(la.current.status).toBe("approved");
  await coordinatorContext.close();
});
