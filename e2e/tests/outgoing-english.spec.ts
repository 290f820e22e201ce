import { expect, test } from "@playwright/test";
import { TEAM, openOutgoing } from "./support/outgoing";

test("the outgoing pages follow the shell's switch to English", async ({ page }) => {
  await openOutgoing(page, TEAM);
  await page.getByRole("button", { name: "English" }).click();
  const nav = page.getByRole("navigation", { name: "Outgoing mobility" });
  await expect(nav).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Outgoing mobility" })).toBeVisible();

  await nav.getByRole("link", { name: "Calls and selection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Calls for applications" })).toBeVisible();
  await page.getByRole("link", { name: "New call" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New call for applications" })).toBeVisible();
  await expect(page.getByLabel(/^Applications open on/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save" })).toBeVisible();

  await nav.getByRole("link", { name: "Mobilities" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mobilities" })).toBeVisible();
  const first = (await (await page.request.get("/api/outgoing/mobilities?department=CHINESE&status=completed&limit=1")).json()).items[0];
  await page.getByLabel(/^Name, student number/).fill(first.studentNumber);
  await page.getByRole("table", { name: "Mobilities" }).getByRole("link", { name: new RegExp(first.lastName, "i") }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Learning agreement" })).toBeVisible();
  await page.getByRole("link", { name: "Funding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mobility funding" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Aid awarded" })).toBeVisible();
  await expect(page.getByText("Mobilité sortante")).toHaveCount(0);
});
