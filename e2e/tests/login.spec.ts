import { expect, test } from "@playwright/test";
import { mainNav } from "./support/shell";
import { DEMO_PASSWORD, loginAs } from "@orbis/test-kit/browser";

test("a wrong password is refused with a clear message, then the right one signs in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Connexion à Orbis" })).toBeVisible();
  await page.getByLabel("Adresse e-mail").fill("admin@orbis.test");
  await page.getByLabel("Mot de passe").fill("not-the-password");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByText("Adresse e-mail ou mot de passe incorrect.")).toBeVisible();

  await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Administration" })).toBeVisible();

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { name: "Connexion à Orbis" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Connexion à Orbis" })).toBeVisible();
});

test("bad logins and bad requests get problem+json answers", async ({ request }) => {
  const wrong = await request.post("/api/identity/login", { data: { email: "admin@orbis.test", password: "nope-nope-nope" } });
  expect(wrong.status()).toBe(401);
  expect(wrong.headers()["content-type"]).toContain("application/problem+json");
  expect((await wrong.json()).code).toBe("invalid_credentials");

  const malformed = await request.post("/api/identity/login", { data: { email: "not an email" } });
  expect(malformed.status()).toBe(400);
  const problem = await malformed.json();
  expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(["body.email", "body.password"]));

  const anonymous = await request.get("/api/identity/users");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
});

const navigationByAccount: Array<[string, boolean]> = [
  ["admin@orbis.test", true],
  ["erasmus@orbis.test", false],
  ["incoming@orbis.test", false],
  ["outgoing@orbis.test", false],
  ["agreements@orbis.test", false],
  ["vp@orbis.test", false],
  ["analyst@orbis.test", false],
  ["rri.chinese@orbis.test", false],
  ["rri.arabic@orbis.test", false],
  ["rri.russian@orbis.test", false],
];

for (const [email, seesAdmin] of navigationByAccount) {
  test(`${email} signs in and sees the navigation its roles allow`, async ({ page }) => {
    await loginAs(page, email);
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await expect(nav.getByRole("link", { name: "Accueil" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Administration" })).toHaveCount(seesAdmin ? 1 : 0);
    if (!seesAdmin) {
      await page.goto("/admin/users");
      await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
      const api = await page.request.get("/api/identity/users");
      expect(api.status()).toBe(403);
    }
  });
}
