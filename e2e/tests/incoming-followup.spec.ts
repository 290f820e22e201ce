import { expect, test } from "@playwright/test";
import { CHINESE_COORDINATOR, TEAM, admit, apiAs, download, freeMover, isoDayIn, ok, openIncoming, today, uniqueTag, type Student } from "./support/incoming";

test.describe.configure({ timeout: 120_000 });

const heading = (s: Student) => `${s.firstName} ${s.lastName.toUpperCase()}`;

test("a difficulty note is read by the team and the host department's coordinator, never by another coordinator", async ({ page, browser, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const student = await admit(team, await freeMover(team, `Suivi${tag}`));
  await team.dispose();
  const text = `Absences répétées en cours de chinois (${tag}) : rendez-vous proposé.`;

  await openIncoming(page, TEAM);
  await page.goto(`/incoming/students/${student.id}`);
  await expect(page.getByRole("heading", { level: 1, name: heading(student) })).toBeVisible();
  await expect(page.getByText("Visibles par le service des relations internationales et le coordinateur du département d'accueil seulement.")).toBeVisible();
  await page.getByLabel(/^Nouvelle note/).fill(text);
  await page.getByRole("button", { name: "Ajouter la note" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Note ajoutée." })).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();

  const coordinator = await browser.newContext({ baseURL, locale: "fr-FR" });
  const host = await coordinator.newPage();
  await openIncoming(host, CHINESE_COORDINATOR);
  await host.goto(`/incoming/students/${student.id}`);
  await expect(host.getByRole("heading", { level: 1, name: heading(student) })).toBeVisible();
  await expect(host.getByText(text)).toBeVisible();
  await coordinator.close();

  const otherContext = await browser.newContext({ baseURL, locale: "fr-FR" });
  const other = await otherContext.newPage();
  await openIncoming(other, "rri.arabic@orbis.test");
  await other.goto(`/incoming/students/${student.id}`);
  await expect(other.getByText("Vous n'avez pas les droits nécessaires pour cette action.").first()).toBeVisible();
  await expect(other.getByText(text)).toHaveCount(0);
  const refused = await other.request.get(`/api/incoming/students/${student.id}/difficulties`);
  expect(refused.status()).toBe(403);
  await otherContext.close();
});

test("the team records a departure and downloads the certificate of attendance in French and English", async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const admitted = await admit(team, await freeMover(team, `Depart${tag}`));
  const arrived = await ok<Student>(await team.post(`/api/incoming/students/${admitted.id}/arrival`, { data: { version: admitted.version, date: isoDayIn(-90) } }), "record the arrival");
  await team.dispose();

  await openIncoming(page, TEAM);
  await page.goto(`/incoming/students/${arrived.id}`);
  await expect(page.getByRole("heading", { level: 1, name: heading(arrived) })).toBeVisible();
  await expect(page.getByRole("link", { name: "Attestation de présence (français)" })).toHaveCount(0);
  await expect(page.getByLabel(/^Date de départ effective/)).toHaveValue(today());
  await page.getByRole("button", { name: "Enregistrer le départ" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Départ enregistré." })).toBeVisible();
  expect((await (await page.request.get(`/api/incoming/students/${arrived.id}`)).json()).actualDeparture).toBe(today());

  for (const [name, lang] of [["Attestation de présence (français)", "fr"], ["Attestation de présence (anglais)", "en"]] as const) {
    const link = page.getByRole("link", { name });
    await expect(link).toBeVisible();
    const [event] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(event.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await download(page, await link.getAttribute("href"));
    expect(pdf.status, `certificate ${lang}`).toBe(200);
    expect(pdf.type).toContain("application/pdf");
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
  }
});
