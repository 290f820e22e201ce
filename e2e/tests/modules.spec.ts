import { expect, test } from "@playwright/test";
import { mainNav } from "./support/shell";
import { loginAs } from "@orbis/test-kit/browser";
import { deployFixtureModule, headingModule } from "./support/fixture-module";

test("a module that fails to load shows an error panel with retry, and the rest keeps working", async ({ page, baseURL }) => {
  await deployFixtureModule({
    baseURL: baseURL!,
    name: "casse",
    label: "Module cassé",
    source: `throw new Error("module exploded while loading");\nexport async function bootstrap() {}\nexport async function mount() {}\nexport async function unmount() {}\n`,
  });
  await loginAs(page, "admin@orbis.test");
  await mainNav(page).getByRole("link", { name: "Module cassé" }).click();
  await expect(page.getByRole("heading", { name: /Le module « Module cassé » n'a pas pu être affiché/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Réessayer" })).toBeVisible();
  await page.getByRole("button", { name: "Réessayer" }).click();
  await expect(page.getByRole("heading", { name: /n'a pas pu être affiché/ })).toBeVisible();

  await mainNav(page).getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utilisateurs" })).toBeVisible();
});

test("unknown routes show a 404 page inside the shell", async ({ page }) => {
  await loginAs(page, "admin@orbis.test");
  await page.goto("/nowhere/at-all");
  await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
});

test("a new module version shows on the next page load without restart, and rolls back from the admin module", async ({ page, baseURL }) => {
  const first = await deployFixtureModule({ baseURL: baseURL!, name: "bonjour", label: "Bonjour", source: headingModule("Bonjour, version une") });
  await loginAs(page, "admin@orbis.test");
  await mainNav(page).getByRole("link", { name: "Bonjour" }).click();
  await expect(page.getByRole("heading", { name: "Bonjour, version une" })).toBeVisible();

  await deployFixtureModule({ baseURL: baseURL!, name: "bonjour", label: "Bonjour", source: headingModule("Bonjour, version deux") });
  await page.reload();
  await expect(page.getByRole("heading", { name: "Bonjour, version deux" })).toBeVisible();

  const firstVersion = first.split("\n")[0]!;
  await page.goto("/admin/modules/bonjour");
  await page.getByRole("button", { name: `Revenir à la version ${firstVersion}` }).click();
  await page.getByRole("button", { name: "Confirmer le changement de version" }).click();
  await expect(page.getByText(new RegExp(`utilise maintenant la version ${firstVersion}`))).toBeVisible();

  await page.goto("/bonjour");
  await expect(page.getByRole("heading", { name: "Bonjour, version une" })).toBeVisible();
  const events = await (await page.request.get("/api/registry/events?module=bonjour")).json();
  expect(events.items.map((e: { action: string }) => e.action)).toEqual(["rollback", "publish", "publish"]);
});

test("React is downloaded once when moving between two React modules", async ({ page, baseURL }) => {
  await deployFixtureModule({
    baseURL: baseURL!,
    name: "compteur",
    label: "Compteur",
    source: `import { createElement } from "react";\nimport { createRoot } from "react-dom/client";\nlet root;\nexport async function bootstrap() {}\nexport async function mount(p) { root = createRoot(p.domElement); root.render(createElement("h1", null, "Compteur React")); }\nexport async function unmount() { root.unmount(); }\n`,
  });
  const reactRequests: string[] = [];
  page.on("request", (r) => {
    if (/\/shared\/react-dom/.test(r.url())) reactRequests.push(r.url());
  });
  await loginAs(page, "admin@orbis.test");
  await mainNav(page).getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utilisateurs" })).toBeVisible();
  await mainNav(page).getByRole("link", { name: "Compteur" }).click();
  await expect(page.getByRole("heading", { name: "Compteur React" })).toBeVisible();
  await mainNav(page).getByRole("link", { name: "Administration" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utilisateurs" })).toBeVisible();
  expect(new Set(reactRequests).size).toBe(reactRequests.length);
  expect(reactRequests.length).toBeGreaterThan(0);
});
