import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./support/shell";

const moduleNav = (page: Page) => page.getByRole("navigation", { name: "Mobilité sortante" });

async function openOutgoing(page: Page, email: string) {
  await loginAs(page, email);
  await mainNav(page).getByRole("link", { name: "Mobilité sortante" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mobilité sortante" })).toBeVisible();
}

test("the outgoing team finds a student's mobility in ten years of history and opens it", async ({ page }) => {
  await openOutgoing(page, "outgoing@orbis.test");
  await moduleNav(page).getByRole("link", { name: "Mobilités" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mobilités" })).toBeVisible();
  const all = await (await page.request.get("/api/outgoing/mobilities?limit=1")).json();
  expect(all.total).toBeGreaterThan(1000);
  const sample = all.items[0];
  await page.getByLabel(/^Nom, numéro étudiant/).fill(sample.studentNumber);
  const table = page.getByRole("table", { name: "Mobilités" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await table.getByRole("link", { name: new RegExp(sample.lastName, "i") }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(sample.firstName) })).toBeVisible();
});

test("a department coordinator sees only their department's students and is refused another's", async ({ page }) => {
  await openOutgoing(page, "rri.chinese@orbis.test");
  const mine = await (await page.request.get("/api/outgoing/mobilities?limit=200")).json();
  expect(mine.total).toBeGreaterThan(0);
  for (const item of mine.items) expect(item.department).toBe("CHINESE");
  const other = await (await page.request.get("/api/outgoing/mobilities?department=JAPANESE&limit=1")).json();
  expect(other.total).toBe(0);
});
