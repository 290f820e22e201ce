import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./support/shell";

const moduleNav = (page: Page) => page.getByRole("navigation", { name: "Mobilité entrante" });

async function openIncoming(page: Page, email: string) {
  await loginAs(page, email);
  await mainNav(page).getByRole("link", { name: "Mobilité entrante" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mobilité entrante" })).toBeVisible();
}

test("the incoming team finds a student in ten years of stays and opens their page", async ({ page }) => {
  await openIncoming(page, "incoming@orbis.test");
  await moduleNav(page).getByRole("link", { name: "Étudiants" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Étudiants accueillis" })).toBeVisible();
  const all = await (await page.request.get("/api/incoming/students?status=departed&limit=50")).json();
  expect(all.total).toBeGreaterThan(500);
  // A seeded stay: other specs may add departed students who never got a student number.
  const sample = all.items.find((s: { studentNumber: string | null }) => s.studentNumber !== null);
  await page.getByLabel(/^Nom, courriel/).fill(sample.studentNumber);
  const table = page.getByRole("table", { name: "Étudiants accueillis" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await table.getByRole("link", { name: new RegExp(sample.lastName, "i") }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(sample.firstName) })).toBeVisible();
  // In the identity facts (the registration checklist repeats it next to its step).
  await expect(page.getByRole("definition").filter({ hasText: sample.studentNumber })).toBeVisible();
});

test("a department coordinator sees only the students their department hosts and is refused another's", async ({ page }) => {
  await openIncoming(page, "rri.chinese@orbis.test");
  const mine = await (await page.request.get("/api/incoming/students?limit=200")).json();
  expect(mine.total).toBeGreaterThan(0);
  for (const item of mine.items) expect(item.department).toBe("CHINESE");
  const other = await (await page.request.get("/api/incoming/students?department=JAPANESE&limit=1")).json();
  expect(other.total).toBe(0);
});
