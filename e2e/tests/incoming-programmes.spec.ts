import { expect, test } from "@playwright/test";
import { TEAM, admit, apiAs, currentAcademicYear, freeMover, isoDayIn, listedName, moduleNav, ok, openIncoming, uniqueTag } from "./support/incoming";

test.describe.configure({ timeout: 120_000 });

test("the team adds a participant to a programme's cohort, schedules a class and marks the attendance", async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const programme = await ok<{ id: string; name: string }>(await team.post("/api/incoming/programmes", { data: { code: `P${tag}`.slice(0, 20), name: `Semestre FLE ${tag}`, kind: "fle-semester" } }), "create a programme");
  const cohort = await ok<{ id: string }>(
    await team.post(`/api/incoming/programmes/${programme.id}/cohorts`, { data: { academicYear: currentAcademicYear(), startDate: isoDayIn(-10), endDate: isoDayIn(120), capacity: 12, feeCents: 95_000 } }),
    "open a cohort",
  );
  const student = await admit(team, await freeMover(team, `Promo${tag}`));
  await team.dispose();

  await openIncoming(page, TEAM);
  await moduleNav(page).getByRole("link", { name: "Programmes" }).click();
  await page.getByRole("link", { name: programme.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: programme.name })).toBeVisible();
  await page.getByRole("link", { name: `Ouvrir la promotion ${currentAcademicYear()}-${currentAcademicYear() + 1}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${programme.name} — promotion ${currentAcademicYear()}-${currentAcademicYear() + 1}` })).toBeVisible();
  expect(page.url()).toContain(cohort.id);

  await page.getByLabel("Rechercher un étudiant (nom, courriel)").fill(student.lastName);
  await page.getByLabel(/^Étudiant accueilli/).selectOption({ label: `${listedName(student)} (CHINESE)` });
  await page.getByRole("button", { name: "Ajouter à la promotion" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${listedName(student)} ajouté·e à la promotion.` })).toBeVisible();
  const participants = page.getByRole("table", { name: "Participants de la promotion : droits et assiduité" });
  await expect(participants.getByRole("row").filter({ hasText: listedName(student) })).toContainText("950,00");

  const course = page.getByRole("form", { name: "Ajouter un cours" });
  await course.getByLabel(/^Intitulé du cours/).fill("Expression orale");
  await course.getByLabel(/^Heures/).fill("24");
  await course.getByRole("button", { name: "Ajouter un cours" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Cours Expression orale ajouté." })).toBeVisible();
  const classForm = page.getByRole("form", { name: "Programmer une séance" });
  await classForm.getByLabel(/^Cours de la séance/).selectOption({ label: "Expression orale" });
  await classForm.getByLabel(/^Date de la séance/).fill(isoDayIn(0));
  await classForm.getByRole("button", { name: "Programmer une séance" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Séance du .* programmée\./ })).toBeVisible();

  const sheet = page.getByRole("table", { name: "Présences par séance (lignes : participants ; colonnes : séances)" });
  await sheet.getByLabel(new RegExp(`^${listedName(student)}, séance du`)).selectOption("present");
  await sheet.getByRole("button", { name: /^Enregistrer la séance du/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /Présences du .* enregistrées\./ })).toBeVisible();
  await expect(participants.getByRole("row").filter({ hasText: listedName(student) })).toContainText("100");

  const saved = await ok<{ participantList: Array<{ studentId: string; attendanceRate: number | null }> }>(await page.request.get(`/api/incoming/cohorts/${cohort.id}`), "read the cohort");
  expect(saved.participantList.find((p) => p.studentId === student.id)?.attendanceRate).toBe(1);
});
