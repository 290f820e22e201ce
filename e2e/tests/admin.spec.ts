import { expect, test } from "@playwright/test";
import { mainNav } from "./support/shell";
import { loginAs } from "@orbis/test-kit/browser";

test("an admin creates a coordinator who can then sign in with the scoped department", async ({ page, browser, baseURL }) => {
  await loginAs(page, "admin@orbis.test");
  await mainNav(page).getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utilisateurs" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Comptes utilisateurs" })).toContainText("rri.chinese@orbis.test");

  await page.getByRole("button", { name: "Nouvel utilisateur" }).click();
  const dialog = page.getByRole("dialog", { name: "Nouvel utilisateur" });
  await dialog.getByLabel(/Adresse e-mail/).fill("rri.japanese.new@orbis.test");
  await dialog.getByLabel(/Nom complet/).fill("Aiko Martin");
  await dialog.getByRole("checkbox", { name: "Coordinateur départemental" }).check();
  await dialog.getByRole("button", { name: "Créer le compte" }).click();
  // Coordinators need at least one department in scope.
  await expect(dialog.getByRole("group", { name: /Départements couverts/ })).toBeVisible();
  await dialog.getByRole("group", { name: /Départements couverts/ }).getByRole("checkbox").first().check();
  await dialog.getByLabel(/Mot de passe initial/).fill("a-strong-passphrase-2026");
  await dialog.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByText("Le compte de Aiko Martin a été créé.")).toBeVisible();

  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  await loginAs(other, "rri.japanese.new@orbis.test", "a-strong-passphrase-2026");
  const me = await (await other.request.get("/api/identity/me")).json();
  expect(me.roles).toEqual(["coordinator"]);
  expect(me.departments).toHaveLength(1);
  await context.close();
});

test("a duplicate e-mail is refused next to the field and nothing is created", async ({ page }) => {
  await loginAs(page, "admin@orbis.test");
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "Nouvel utilisateur" }).click();
  const dialog = page.getByRole("dialog", { name: "Nouvel utilisateur" });
  await dialog.getByLabel(/Adresse e-mail/).fill("erasmus@orbis.test");
  await dialog.getByLabel(/Nom complet/).fill("Someone Else");
  await dialog.getByRole("checkbox", { name: "Pôle Erasmus+" }).check();
  await dialog.getByRole("button", { name: "Créer le compte" }).click();
  await expect(dialog.getByText("Cette adresse e-mail est déjà utilisée par un autre compte.")).toBeVisible();
  const users = await (await page.request.get("/api/identity/users?q=erasmus@orbis.test")).json();
  expect(users.total).toBe(1);
});
