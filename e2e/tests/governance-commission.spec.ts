import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./support/shell";

const section = (page: Page, heading: string) => page.locator("section.o-card").filter({ has: page.getByRole("heading", { name: heading, exact: true }) });

test("leadership holds a commission meeting: agenda, decision, a follow-up action that shows as overdue, then done", async ({ page }) => {
  await loginAs(page, "vp@orbis.test");
  await mainNav(page).getByRole("link", { name: "Gouvernance" }).click();
  await page.getByRole("navigation", { name: "Gouvernance" }).getByRole("link", { name: "Commission" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commission des relations internationales" })).toBeVisible();

  const meetings = section(page, "Séances");
  await meetings.getByRole("button", { name: "Ajouter" }).click();
  await meetings.getByLabel("Intitulé").fill("Séance extraordinaire E2E");
  await meetings.getByLabel("Date").fill("2026-01-15");
  await meetings.getByRole("button", { name: "Créer" }).click();
  await page.getByRole("link", { name: "Séance extraordinaire E2E" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Séance extraordinaire E2E" })).toBeVisible();

  const actions = section(page, "Actions de suivi");
  await actions.getByRole("button", { name: "Ajouter" }).click();
  await actions.getByLabel("Intitulé").fill("Relancer les partenaires E2E");
  await actions.getByLabel("Responsable").fill("Pôle accords");
  await actions.getByLabel("Échéance").fill("2026-02-01");
  await actions.getByRole("button", { name: "Créer" }).click();
  await expect(actions.getByRole("cell", { name: "Relancer les partenaires E2E" })).toBeVisible();

  await page.getByRole("link", { name: "Retour à la commission" }).click();
  const overdue = section(page, "Actions en retard");
  await expect(overdue.getByRole("link", { name: "Relancer les partenaires E2E" })).toBeVisible();

  await overdue.getByRole("link", { name: "Relancer les partenaires E2E" }).click();
  const again = section(page, "Actions de suivi");
  await again.getByRole("button", { name: "Modifier (Relancer les partenaires E2E)" }).click();
  await again.getByLabel("Statut").selectOption({ label: "Faite" });
  await again.getByRole("button", { name: "Enregistrer" }).click();
  await expect(again.getByRole("row", { name: /Relancer les partenaires E2E.*Faite/ })).toBeVisible();
  await page.getByRole("link", { name: "Retour à la commission" }).click();
  await expect(section(page, "Actions en retard").getByRole("link", { name: "Relancer les partenaires E2E" })).toHaveCount(0);
});

test("a coordinator sees their department in the network and cannot open the commission's papers", async ({ page }) => {
  await loginAs(page, "rri.chinese@orbis.test");
  await mainNav(page).getByRole("link", { name: "Gouvernance" }).click();
  await page.getByRole("navigation", { name: "Gouvernance" }).getByRole("link", { name: "Réseau des correspondants" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Réseau des correspondants RI" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Études chinoises/ })).toBeVisible();
  expect((await page.request.get("/api/governance/meetings")).status()).toBe(403);
});
