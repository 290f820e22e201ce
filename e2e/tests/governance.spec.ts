import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./support/shell";

const moduleNav = (page: Page) => page.getByRole("navigation", { name: "Gouvernance" });

async function openGovernance(page: Page, email: string) {
  await loginAs(page, email);
  await mainNav(page).getByRole("link", { name: "Gouvernance" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gouvernance" })).toBeVisible();
}

test("the vice-president opens the governance module and sees its home page", async ({ page }) => {
  await openGovernance(page, "vp@orbis.test");
  await expect(moduleNav(page).getByRole("link", { name: "Accueil" })).toHaveAttribute("aria-current", "page");
  const overview = await page.request.get("/api/governance/overview");
  expect(overview.status()).toBe(200);
});

test("an unknown governance address shows the module's not-found page", async ({ page }) => {
  await openGovernance(page, "vp@orbis.test");
  await page.goto("/governance/nowhere");
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
});
