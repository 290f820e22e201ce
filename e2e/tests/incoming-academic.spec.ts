import { expect, test } from "@playwright/test";
import { CHINESE_COORDINATOR, TEAM, admit, apiAs, download, freeMover, listedName, moduleNav, ok, openIncoming, uniqueTag } from "./support/incoming";

test.describe.configure({ timeout: 150_000 });

test("the coordinator approves the student's course and grades it (21 refused, 14 kept); the team issues the transcript in PDF and EWP", async ({ page, browser, baseURL }) => {
  const tag = uniqueTag();
  const code = `ZH${tag}`.slice(0, 20);
  const team = await apiAs(baseURL!, TEAM);
  const student = await admit(team, await freeMover(team, `Note${tag}`));
  const course = await ok<{ id: string; code: string; titleFr: string }>(
    await team.post("/api/incoming/courses", {
      data: { code, titleFr: `Calligraphie chinoise ${tag}`, titleEn: `Chinese calligraphy ${tag}`, titleEs: null, department: "CHINESE", semester: "S2", credits: 6, iscedCode: "0231", level: "L3" },
    }),
    "add the course to the catalogue",
  );
  await ok(await team.post(`/api/incoming/students/${student.id}/courses`, { data: { courseId: course.id } }), "propose the course");
  await team.dispose();

  await openIncoming(page, CHINESE_COORDINATOR);
  await page.goto(`/incoming/students/${student.id}`);
  const agreement = page.getByRole("table", { name: "Cours du contrat d'études" });
  const line = agreement.getByRole("row").filter({ hasText: code });
  await expect(line).toContainText("Proposé");
  await line.getByRole("button", { name: `Approuver ${code}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Cours ${code} approuvé.` })).toBeVisible();
  await expect(line).toContainText("Approuvé");

  await moduleNav(page).getByRole("link", { name: "Catalogue des cours" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Catalogue des cours" })).toBeVisible();
  await page.getByLabel(/^Rechercher un cours/).fill(code);
  await page.getByRole("link", { name: `Notes de ${code}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Notes — ${code} ${course.titleFr}` })).toBeVisible();
  const grades = page.getByRole("table", { name: "Étudiants inscrits au cours et leurs notes" });
  const row = grades.getByRole("row").filter({ hasText: listedName(student) });
  const input = row.getByLabel(`Note sur 20 de ${listedName(student)}`);
  await input.fill("21");
  await page.getByRole("button", { name: "Enregistrer les notes" }).click();
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(row.getByText("From 0 to 20")).toBeVisible();
  const untouched = await ok<{ studentId: string; grade: number | null }[]>(await page.request.get(`/api/incoming/courses/${course.id}/enrolments`), "read the grades");
  expect(untouched.find((e) => e.studentId === student.id)?.grade).toBeNull();

  await input.fill("14");
  await page.getByRole("button", { name: "Enregistrer les notes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 note enregistrée." })).toBeVisible();
  await expect(input).not.toHaveAttribute("aria-invalid", "true");
  await expect(row).toContainText("Validé");
  await expect(row).toContainText("B");
  const graded = await ok<{ studentId: string; grade: number | null; ectsObtained: number | null }[]>(await page.request.get(`/api/incoming/courses/${course.id}/enrolments`), "read the grades");
  expect(graded.find((e) => e.studentId === student.id)).toMatchObject({ grade: 14, ectsObtained: 6 });

  const teamContext = await browser.newContext({ baseURL, locale: "fr-FR" });
  const teamPage = await teamContext.newPage();
  await openIncoming(teamPage, TEAM);
  await teamPage.goto(`/incoming/students/${student.id}`);
  await expect(teamPage.getByText("Aucun relevé délivré.")).toBeVisible();
  await teamPage.getByRole("button", { name: "Délivrer le relevé" }).click();
  await expect(teamPage.getByRole("status").filter({ hasText: "Relevé version 1 délivré." })).toBeVisible();
  const versions = teamPage.getByRole("table", { name: "Versions du relevé de notes" });
  await expect(versions.getByRole("row").filter({ hasText: "6 / 6" })).toBeVisible();
  for (const language of ["français", "anglais", "espagnol"]) {
    const pdf = await download(teamPage, await versions.getByRole("link", { name: `Relevé version 1 en PDF, ${language}` }).getAttribute("href"));
    expect(pdf.status, language).toBe(200);
    expect(pdf.type).toContain("application/pdf");
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
  }
  const ewp = await download(teamPage, await versions.getByRole("link", { name: "Relevé version 1 au format EWP (XML)" }).getAttribute("href"));
  expect(ewp.status).toBe(200);
  expect(ewp.type).toContain("application/xml");
  expect(ewp.body.toString()).toContain(code);
  await teamContext.close();
});
