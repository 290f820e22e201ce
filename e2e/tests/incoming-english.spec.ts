import { expect, test } from "@playwright/test";
import { TEAM, apiAs, freeMover, openIncoming, uniqueTag } from "./support/incoming";

test("the incoming pages follow the shell's switch to English", async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const student = await freeMover(team, `English${tag}`);
  await team.dispose();

  await openIncoming(page, TEAM);
  await page.getByRole("button", { name: "English" }).click();
  const nav = page.getByRole("navigation", { name: "Incoming mobility" });
  await expect(nav).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Incoming mobility" })).toBeVisible();

  await nav.getByRole("link", { name: "Students" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Incoming students" })).toBeVisible();
  await page.getByLabel(/^Name, email, student number/).fill(student.lastName);
  await page.getByRole("table", { name: "Incoming students" }).getByRole("link", { name: new RegExp(student.lastName, "i") }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${student.firstName} ${student.lastName.toUpperCase()}` })).toBeVisible();
  await expect(page.getByText("Nominated", { exact: true })).toBeVisible();
  for (const title of ["Department's decision", "Registration", "Arrival and departure", "Learning agreement (courses taken here)", "Transcripts of records"]) {
    await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("button", { name: "Save the decision" })).toBeVisible();

  await nav.getByRole("link", { name: "New nomination" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New nomination" })).toBeVisible();
  await expect(page.getByLabel(/^Planned arrival/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save the nomination" })).toBeVisible();

  await nav.getByRole("link", { name: "Presence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Presence of incoming students" })).toBeVisible();
  await nav.getByRole("link", { name: "French tests" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "French placement tests" })).toBeVisible();
  await nav.getByRole("link", { name: "Housing" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Housing of incoming students" })).toBeVisible();
  await nav.getByRole("link", { name: "Course catalogue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Course catalogue" })).toBeVisible();
  await expect(page.getByText("Mobilité entrante")).toHaveCount(0);
});
