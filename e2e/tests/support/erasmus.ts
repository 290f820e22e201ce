import { expect, type Page } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./shell";

export const TEAM = "erasmus@orbis.test";
export const moduleNav = (page: Page) => page.getByRole("navigation", { name: "Erasmus+" });

export { uniqueTag } from "./outgoing";

export async function openErasmusSection(page: Page, section: string, heading: string, email = TEAM) {
  await loginAs(page, email);
  await mainNav(page).getByRole("link", { name: "Erasmus+" }).click();
  await moduleNav(page).getByRole("link", { name: section }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}
