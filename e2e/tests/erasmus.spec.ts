import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./support/shell";

const moduleNav = (page: Page) => page.getByRole("navigation", { name: "Erasmus+" });

async function openErasmus(page: Page, email: string) {
  await loginAs(page, email);
  await mainNav(page).getByRole("link", { name: "Erasmus+" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Erasmus+" })).toBeVisible();
}

test("the Erasmus+ team opens its module: home with the running projects, then the projects", async ({ page }) => {
  await openErasmus(page, "erasmus@orbis.test");
  await expect(page.getByRole("link", { name: /projets en cours/ })).toBeVisible();
  await moduleNav(page).getByRole("link", { name: "Projets" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Projets de mobilité" })).toBeVisible();
});

test("the outgoing team does not see the Erasmus+ module and its API refuses them", async ({ page }) => {
  await loginAs(page, "outgoing@orbis.test");
  await expect(mainNav(page).getByRole("link", { name: "Mobilité sortante" })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Erasmus+" })).toHaveCount(0);
  expect((await page.request.get("/api/erasmus/projects")).status()).toBe(403);
});
