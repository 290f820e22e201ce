import { expect, test } from "@playwright/test";
import {
  CHINESE_COORDINATOR,
  TEAM,
  admit,
  apiAs,
  completeFile,
  currentAcademicYear,
  download,
  freeMover,
  isoDayIn,
  listedName,
  moduleNav,
  openIncoming,
  placesOf,
  receivingPlace,
  today,
  uniqueTag,
  type Student,
} from "./support/incoming";

test.describe.configure({ timeout: 120_000 });

test("the team nominates an exchange student under an agreement's receiving places, after a field error", async ({ page }) => {
  const tag = uniqueTag();
  const lastName = `Nomme${tag}`;
  const year = currentAcademicYear();
  await openIncoming(page, TEAM);
  const place = await receivingPlace(page.request, year, "CHINESE");
  const before = await placesOf(page.request, place, year);

  await moduleNav(page).getByRole("link", { name: "Nouvelle nomination" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle nomination" })).toBeVisible();
  await page.getByLabel(/^Prénom/).fill("Xiaoyu");
  await page.getByLabel(/^Nom(?! de)/).fill(lastName);
  await page.getByLabel(/^Courriel/).fill(`xiaoyu.${tag.toLowerCase()}@partner.example.org`);
  await page.getByLabel(/^Sexe/).selectOption("F");
  await page.getByLabel(/^Date de naissance/).fill("2004-02-29");
  await page.getByLabel(/^Nationalité/).fill("CN");
  await page.getByLabel(/^Rechercher un partenaire/).fill(place.partner.nameLatin);
  await page.getByLabel(/^Partenaire/).selectOption({ label: `${place.partner.nameLatin} (${place.partner.countryCode})` });
  await page.getByLabel(/^Accord/).selectOption({ label: `${place.agreement.reference} — ${place.agreement.title}` });
  await page.getByLabel(/^Année universitaire/).selectOption(String(year));
  const condition = page.getByLabel(/^Places d'accueil/);
  await expect(condition.locator(`option[value="${place.condition.conditionId}"]`)).toContainText(`${before.remaining} place(s) restante(s)`);
  await condition.selectOption(place.condition.conditionId);
  await page.getByLabel(/^Programme/).selectOption("KA131");
  await page.getByLabel(/^Période/).selectOption("spring");
  await page.getByLabel(/^Département d'accueil/).selectOption("CHINESE");
  await page.getByLabel(/^Niveau/).selectOption("L3");
  await page.getByLabel(/^Code ISCED-F/).fill("0231");
  await page.getByLabel(/^Arrivée prévue/).fill(isoDayIn(30));
  // Departure before arrival: refused, next to the field, and nothing is written.
  await page.getByLabel(/^Départ prévu/).fill(isoDayIn(10));
  await page.getByRole("button", { name: "Enregistrer la nomination" }).click();
  await expect(page.getByLabel(/^Départ prévu/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Departure comes after arrival")).toBeVisible();
  expect((await (await page.request.get(`/api/incoming/students?q=${lastName}`)).json()).total).toBe(0);
  expect((await placesOf(page.request, place, year)).used).toBe(before.used);

  await page.getByLabel(/^Départ prévu/).fill(isoDayIn(180));
  await page.getByRole("button", { name: "Enregistrer la nomination" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Xiaoyu ${lastName.toUpperCase()}` })).toBeVisible();
  await expect(page.getByText("Nominé", { exact: true })).toBeVisible();
  await expect(page.getByText(place.partner.nameLatin).first()).toBeVisible();

  const saved = await (await page.request.get(`/api/incoming/students?q=${lastName}`)).json();
  expect(saved.items).toEqual([
    expect.objectContaining({ status: "nominated", department: "CHINESE", agreementId: place.agreement.id, conditionId: place.condition.conditionId, partnerId: place.partner.id, academicYear: year }),
  ]);
  const after = await placesOf(page.request, place, year);
  expect(after.used).toBe(before.used + 1);
  expect(after.remaining).toBe(before.remaining - 1);
});

test("the CHINESE coordinator admits their department's student, is refused another's, and the team downloads the acceptance letters", async ({ page, browser, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const mine = await completeFile(team, await freeMover(team, `Admis${tag}`));
  const other = await freeMover(team, `Autre${tag}`, "JAPANESE", "Haruto");
  await team.dispose();

  await openIncoming(page, CHINESE_COORDINATOR);
  await moduleNav(page).getByRole("link", { name: "Étudiants" }).click();
  await page.getByLabel(/^Nom, courriel/).fill(mine.lastName);
  await page.getByRole("table", { name: "Étudiants accueillis" }).getByRole("link", { name: new RegExp(mine.lastName, "i") }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${mine.firstName} ${mine.lastName.toUpperCase()}` })).toBeVisible();
  await expect(page.getByLabel(/^Décision$/)).toHaveValue("admit");
  await page.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Décision enregistrée : Admis." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Lettre d'admission (français)" })).toBeVisible();
  expect((await (await page.request.get(`/api/incoming/students/${mine.id}`)).json()).status).toBe("admitted");

  // Another department's student: out of the coordinator's scope, nothing changes.
  const refused = await page.request.post(`/api/incoming/students/${other.id}/decision`, { data: { version: other.version, decision: "admit" } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).code).toBe("out_of_scope");

  const teamContext = await browser.newContext({ baseURL, locale: "fr-FR" });
  const teamPage = await teamContext.newPage();
  await openIncoming(teamPage, TEAM);
  expect((await (await teamPage.request.get(`/api/incoming/students/${other.id}`)).json()).status).toBe("nominated");
  await teamPage.goto(`/incoming/students/${mine.id}`);
  await expect(teamPage.getByText("Admis — La candidature est décidée.")).toBeVisible();
  for (const [name, lang] of [["Lettre d'admission (français)", "fr"], ["Lettre d'admission (anglais)", "en"]] as const) {
    const link = teamPage.getByRole("link", { name });
    const letter = await download(teamPage, await link.getAttribute("href"));
    expect(letter.status, `letter ${lang}`).toBe(200);
    expect(letter.type).toContain("application/pdf");
    expect(letter.body.subarray(0, 5).toString()).toBe("%PDF-");
  }
  await teamContext.close();
});

test("the team completes the registration checklist, records the arrival, and the presence dashboard shows the student here", async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const student: Student = await admit(team, await freeMover(team, `Arrive${tag}`));
  await team.dispose();

  await openIncoming(page, TEAM);
  await page.goto(`/incoming/students/${student.id}`);
  await expect(page.getByRole("heading", { level: 1, name: `${student.firstName} ${student.lastName.toUpperCase()}` })).toBeVisible();
  const checklist = page.getByRole("table", { name: "Étapes de l'inscription" });
  const steps = ["Numéro étudiant", "Droits d'inscription (exonération ou paiement)", "Assurance", "Pièce d'identité", "Inscription terminée"];
  for (const [i, step] of steps.entries()) {
    await checklist.getByRole("button", { name: `Modifier l'étape « ${step} »` }).click();
    await expect(page.getByRole("heading", { level: 3, name: step })).toBeVisible();
    if (i === 0) await page.getByRole("textbox", { name: /^Numéro étudiant/ }).fill(`I${tag}`.slice(0, 12));
    await page.getByRole("button", { name: "Enregistrer l'étape" }).click();
    const announced = i === steps.length - 1 ? "L'étudiant est inscrit." : `Étape « ${step} » enregistrée.`;
    await expect(page.getByRole("status").filter({ hasText: announced })).toBeVisible();
    await expect(checklist.getByRole("row").filter({ hasText: step })).toContainText("Fait");
  }
  await expect(page.getByText("Inscrit", { exact: true })).toBeVisible();
  const enrolled = await (await page.request.get(`/api/incoming/students/${student.id}`)).json();
  expect(enrolled).toMatchObject({ status: "enrolled", studentNumber: `I${tag}`.slice(0, 12) });

  await expect(page.getByLabel(/^Date d'arrivée effective/)).toHaveValue(today());
  await page.getByRole("button", { name: "Enregistrer l'arrivée" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Arrivée enregistrée." })).toBeVisible();
  await expect(page.getByText("Arrivé", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Attestation d'arrivée (français)" })).toBeVisible();
  expect((await (await page.request.get(`/api/incoming/students/${student.id}`)).json()).actualArrival).toBe(today());

  await moduleNav(page).getByRole("link", { name: "Présence" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Présence des étudiants accueillis" })).toBeVisible();
  const here = page.getByRole("table", { name: "Étudiants présents (arrivés, pas encore partis)" });
  const row = here.getByRole("row").filter({ hasText: listedName(student) });
  await expect(row).toContainText("CHINESE");
  await row.getByRole("link", { name: listedName(student) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${student.firstName} ${student.lastName.toUpperCase()}` })).toBeVisible();
});
