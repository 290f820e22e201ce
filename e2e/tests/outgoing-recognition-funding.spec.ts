import { expect, test, type APIRequestContext } from "@playwright/test";
import { CHINESE_COORDINATOR, TEAM, openOutgoing, uniqueTag } from "./support/outgoing";

type Mobility = { id: string; firstName: string; lastName: string; academicYear: number; department: string };

/** A seeded completed CHINESE mobility with no recognition yet (whatever else the demo data holds). */
async function unrecognisedMobility(request: APIRequestContext): Promise<{ mobility: Mobility; grade: string }> {
  const page = await (await request.get("/api/outgoing/mobilities?department=CHINESE&status=completed&limit=50")).json();
  for (const mobility of page.items as Mobility[]) {
    if ((await request.get(`/api/outgoing/mobilities/${mobility.id}/recognition`)).status() !== 404) continue;
    const scale = await (await request.get(`/api/outgoing/mobilities/${mobility.id}/recognition/scale`)).json();
    if (scale.grades?.length) return { mobility, grade: scale.grades[0] };
  }
  throw new Error("No completed CHINESE mobility without a recognition in the demo data");
}

test("a coordinator records a transcript component, sees the converted grade and downloads the decision PDF", async ({ page }) => {
  await openOutgoing(page, CHINESE_COORDINATOR);
  const { mobility, grade } = await unrecognisedMobility(page.request);
  const code = `E2E-${uniqueTag()}`;
  await page.goto(`/outgoing/mobilities/${mobility.id}`);
  await page.getByRole("link", { name: "Reconnaissance" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reconnaissance des études" })).toBeVisible();
  await expect(page.getByText("Aucune reconnaissance enregistrée pour cette mobilité.")).toBeVisible();
  await page.getByLabel("Code (accueil) (1)", { exact: true }).fill(code);
  await page.getByLabel("Intitulé (accueil) (1)", { exact: true }).fill("Modern Chinese poetry");
  await page.getByLabel("Note obtenue (1)", { exact: true }).fill(grade);
  await page.getByLabel("ECTS obtenus (1)", { exact: true }).fill("6");
  await page.getByLabel("Code du cours reconnu (1)", { exact: true }).fill("LCH5B02");
  await page.getByLabel("Cours reconnu (1)", { exact: true }).fill("Poésie chinoise");
  await page.getByLabel("ECTS reconnus (1)", { exact: true }).fill("6");
  await page.getByLabel("Décision (1)", { exact: true }).selectOption("full");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reconnaissance enregistrée (version 1)." })).toBeVisible();

  const saved = await (await page.request.get(`/api/outgoing/mobilities/${mobility.id}/recognition`)).json();
  const converted = saved.components[0].converted;
  expect(converted.passing).toBe(true);
  const row = page.getByRole("table", { name: "Notes converties" }).getByRole("row").filter({ hasText: code });
  await expect(row).toContainText(String(converted.grade).replace(".", ","));
  await expect(row).toContainText("Reconnue en totalité");

  const pdfLink = page.getByRole("link", { name: "Décision PDF (français)" });
  const [download] = await Promise.all([page.waitForEvent("download"), pdfLink.click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await page.request.get((await pdfLink.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("the team awards a mobility aid to an eligible mobility within the aid's budget", async ({ page }) => {
  await openOutgoing(page, TEAM);
  const planned = await (await page.request.get("/api/outgoing/mobilities?department=CHINESE&status=planned&limit=1")).json();
  const mobility: Mobility = planned.items[0];
  const name = `Bourse E2E ${uniqueTag()}`;
  const created = await page.request.post("/api/outgoing/aids", {
    data: { kind: "university", name, academicYear: mobility.academicYear, budgetCents: 1_000_000, amountType: "lump-sum", amountCents: 50_000, rules: {} },
  });
  expect(created.status()).toBe(201);
  const aid = await created.json();

  await page.goto(`/outgoing/mobilities/${mobility.id}/funding`);
  await expect(page.getByRole("heading", { level: 1, name: "Financement de la mobilité" })).toBeVisible();
  await page.getByRole("button", { name: "Attribuer une aide" }).click();
  const dialog = page.getByRole("dialog", { name: "Attribuer une aide" });
  await dialog.getByRole("button", { name: `Attribuer ${name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${name} attribuée` })).toBeVisible();
  await expect(page.getByRole("table", { name: "Aides attribuées" }).getByRole("row").filter({ hasText: name })).toContainText("Attribuée");

  const funding = await (await page.request.get(`/api/outgoing/mobilities/${mobility.id}/funding`)).json();
  expect(funding.awards.find((a: { aidId: string }) => a.aidId === aid.id)).toMatchObject({ amountCents: 50_000, status: "awarded" });
  const aids = await (await page.request.get(`/api/outgoing/aids?academicYear=${mobility.academicYear}`)).json();
  expect(aids.find((a: { id: string }) => a.id === aid.id)).toMatchObject({ committedCents: 50_000, remainingCents: 950_000, awardCount: 1 });
});
