import { expect, test } from "@playwright/test";
import { TEAM, currentAcademicYear, isoDayIn, moduleNav, openIncoming, uniqueTag } from "./support/incoming";

test.describe.configure({ timeout: 120_000 });

const HEADER = "prenom,nom,courriel,sexe,date de naissance,nationalite,etablissement d'origine,pays d'origine,programme,annee,periode,departement,niveau,isced,arrivee,depart";

test("the team previews a nominations CSV with a row error, then imports the valid rows only", async ({ page }) => {
  const tag = uniqueTag();
  const year = currentAcademicYear();
  const row = (first: string, last: string, email: string) =>
    [first, last, email, "F", "2003-05-17", "KR", "Université de test", "KR", "FREE_MOVER", year, "spring", "CHINESE", "L3", "0231", isoDayIn(40), isoDayIn(190)].join(",");
  const csv = [
    HEADER,
    row("Minji", `Csv${tag}A`, `minji.${tag.toLowerCase()}@example.org`),
    row("Jisoo", `Csv${tag}B`, "pas-un-courriel"),
    row("Yuna", `Csv${tag}C`, `yuna.${tag.toLowerCase()}@example.org`),
  ].join("\n");

  await openIncoming(page, TEAM);
  await moduleNav(page).getByRole("link", { name: "Nouvelle nomination" }).click();
  await page.getByRole("link", { name: "Importer un fichier de nominations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importer des nominations" })).toBeVisible();
  await page.getByLabel("Fichier de nominations").setInputFiles({ name: "nominations.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await expect(page.getByLabel(/^Mode/)).toHaveValue("preview");
  await page.getByRole("button", { name: "Envoyer" }).click();

  await expect(page.getByRole("status").filter({ hasText: "3 ligne(s) lue(s), 2 valide(s), 0 enregistrée(s)." })).toBeVisible();
  const errors = page.getByRole("table", { name: "Erreurs par ligne et colonne" });
  await expect(errors.getByRole("row").filter({ hasText: "email" })).toContainText("3");
  const preview = page.getByRole("table", { name: "Lignes lues dans le fichier" });
  await expect(preview.getByRole("row").filter({ hasText: `Csv${tag}C` })).toContainText("CHINESE");
  const search = async () => (await (await page.request.get(`/api/incoming/students?q=Csv${tag}`)).json()) as { total: number; items: Array<{ lastName: string; status: string }> };
  expect((await search()).total).toBe(0);

  await page.getByLabel(/^Mode/).selectOption("valid-only");
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 ligne(s) lue(s), 2 valide(s), 2 enregistrée(s)." })).toBeVisible();
  const imported = await search();
  expect(imported.items.map((s) => s.lastName).sort()).toEqual([`Csv${tag}A`, `Csv${tag}C`]);
  expect(imported.items.every((s) => s.status === "nominated")).toBe(true);
});
