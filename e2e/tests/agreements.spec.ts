import { expect, test, type Page } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import { mainNav } from "./support/shell";

const moduleNav = (page: Page) => page.getByRole("navigation", { name: "Accords et partenaires" });

async function openAgreements(page: Page, email: string) {
  await loginAs(page, email);
  await mainNav(page).getByRole("link", { name: "Accords" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accords" })).toBeVisible();
}

test("the agreements team sees the home panel with expiring agreements and the country breakdown", async ({ page }) => {
  await openAgreements(page, "agreements@orbis.test");
  await expect(page.getByRole("table", { name: /Accords se terminant dans les 12 prochains mois/ })).toBeVisible();
  const byCountry = page.getByRole("table", { name: "Accords actifs par pays du partenaire" });
  await expect(byCountry).toBeVisible();
  expect(await byCountry.getByRole("row").count()).toBeGreaterThan(10);
});

test("a partner with a malformed Erasmus code is refused next to the field, then created once fixed", async ({ page }) => {
  await openAgreements(page, "agreements@orbis.test");
  await moduleNav(page).getByRole("link", { name: "Partenaires" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Partenaires" })).toBeVisible();
  await page.getByRole("link", { name: "Nouveau partenaire" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouveau partenaire" })).toBeVisible();
  await page.getByLabel(/^Nom(?! en)/).fill("Universidade de Teste do Porto");
  await page.getByLabel(/^Pays/).selectOption("PT");
  await page.getByLabel(/^Ville/).fill("Porto");
  await page.getByLabel(/^Code Erasmus/).fill("PORTO-1");
  await page.getByRole("button", { name: "Créer le partenaire" }).click();
  await expect(page.getByLabel(/^Code Erasmus/)).toHaveAttribute("aria-invalid", "true");
  const before = await (await page.request.get("/api/agreements/partners?q=Teste do Porto")).json();
  expect(before.total).toBe(0);

  await page.getByLabel(/^Code Erasmus/).fill("P  PORTO99");
  await page.getByRole("button", { name: "Créer le partenaire" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Universidade de Teste do Porto" })).toBeVisible();
  const after = await (await page.request.get("/api/agreements/partners?q=Teste do Porto")).json();
  expect(after.items[0]).toMatchObject({ countryCode: "PT", erasmusCode: "P  PORTO99" });
});

test("an agreement's documents accept a PDF and refuse anything else; its EWP export is an IIA v7 document", async ({ page }) => {
  await openAgreements(page, "agreements@orbis.test");
  const list = await (await page.request.get("/api/agreements/agreements?type=erasmus-iia&status=active&limit=1")).json();
  const agreement = list.items[0];
  await page.goto(`/agreements/agreements/${agreement.id}`);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(agreement.reference) })).toBeVisible();

  const fileInput = page.getByLabel(/Fichier PDF/);
  await fileInput.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a pdf") });
  await page.getByRole("button", { name: "Téléverser le document" }).click();
  await expect(page.getByText("Choisissez un fichier PDF.")).toBeVisible();
  // The service refuses it too, whatever the browser lets through.
  const forged = await page.request.post(`/api/agreements/agreements/${agreement.id}/documents?kind=annex`, {
    multipart: { file: { name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("not a pdf") } },
  });
  expect(forged.status()).toBe(415);
  expect(forged.headers()["content-type"]).toContain("application/problem+json");

  const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  await fileInput.setInputFiles({ name: "accord-signe.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Téléverser le document" }).click();
  await expect(page.getByRole("link", { name: /Télécharger accord-signe\.pdf/ })).toBeVisible();

  const ewp = await page.request.get(`/api/agreements/agreements/${agreement.id}/ewp`);
  expect(ewp.status()).toBe(200);
  expect(ewp.headers()["content-type"]).toContain("xml");
  expect(await ewp.text()).toContain("https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd");
});

test("a department coordinator reads only their department's agreements and cannot edit", async ({ page }) => {
  await openAgreements(page, "rri.chinese@orbis.test");
  await expect(page.getByRole("link", { name: "Nouvel accord" })).toHaveCount(0);
  const list = await (await page.request.get("/api/agreements/agreements?limit=200")).json();
  expect(list.total).toBeGreaterThan(0);
  for (const item of list.items) expect(item.departments).toContain("CHINESE");
  const write = await page.request.post("/api/agreements/partners", { data: { name: "X", nameLatin: "X", countryCode: "FR", city: "Paris" } });
  expect(write.status()).toBe(403);
});
