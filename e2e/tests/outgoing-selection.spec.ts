import { expect, test } from "@playwright/test";
import { loginAs } from "@orbis/test-kit/browser";
import {
  CHINESE_COORDINATOR,
  TEAM,
  apiAs,
  applyTo,
  chineseDestination,
  moduleNav,
  nextAcademicYear,
  openCallWithDestinations,
  openOutgoing,
  rankedCall,
  setCallStatus,
  studentNumberOf,
  uniqueTag,
  type Destination,
} from "./support/outgoing";

// Each test makes its own call and syncs its destinations from the agreements service first.
test.describe.configure({ timeout: 150_000 });

test("the team opens a call for next year, syncs its destinations from the agreements, takes an application, closes it", async ({ page }) => {
  const tag = uniqueTag();
  const title = `E2E ${tag} Erasmus+ études`;
  const year = nextAcademicYear();
  await openOutgoing(page, TEAM);
  await moduleNav(page).getByRole("link", { name: "Appels et sélection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Appels à candidatures" })).toBeVisible();
  await page.getByRole("link", { name: "Nouvel appel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvel appel à candidatures" })).toBeVisible();
  await expect(page.getByLabel(/^Année/)).toHaveValue(String(year));
  await page.getByLabel(/^Programme/).selectOption("KA131");
  await page.getByLabel(/^Intitulé/).fill(title);
  await page.getByLabel(/^Ouverture des candidatures/).fill(`${year - 1}-11-01`);
  await page.getByLabel(/^Date limite/).fill(`${year}-02-15`);
  await page.getByRole("button", { name: "Enregistrer" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Brouillon", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Ouvrir l'appel" }).click();
  await expect(page.getByText("Ouvert", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Synchroniser avec les accords" }).click();
  // The sync reads every agreement in force one by one from the agreements service: slow on a busy machine.
  await expect(page.getByRole("status").filter({ hasText: /Synchronisation faite : \d+ ajoutée/ })).toBeVisible({ timeout: 60_000 });

  // The places shown are the agreements service's: compare one destination with its availability there.
  const calls = await (await page.request.get(`/api/outgoing/calls?academicYear=${year}&limit=200`)).json();
  const call = calls.items.find((c: { title: string }) => c.title === title);
  const destinations: Destination[] = (await (await page.request.get(`/api/outgoing/calls/${call.id}/destinations`)).json()).items;
  const chosen = chineseDestination(destinations);
  const availability = await (await page.request.get(`/api/agreements/agreements/${chosen.agreementId}/availability?year=${year}`)).json();
  const condition = (Array.isArray(availability) ? availability : availability.items).find((a: { conditionId: string }) => a.conditionId === chosen.conditionId);
  expect(condition.places).toBe(chosen.places);
  const table = page.getByRole("table", { name: "Destinations" });
  await expect(table.getByRole("row").filter({ hasText: chosen.partnerName }).first()).toBeVisible();
  expect(await table.getByRole("row").count()).toBe(destinations.length + 1);

  await page.getByRole("navigation", { name: "Étapes de l'appel" }).getByRole("link", { name: "Candidatures" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Candidatures" })).toBeVisible();
  await page.getByRole("link", { name: "Nouvelle candidature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvelle candidature" })).toBeVisible();
  const lastName = `Wang${tag}`;
  await page.getByLabel(/^Numéro étudiant/).fill(studentNumberOf(tag));
  await page.getByLabel(/^Prénom/).fill("Li");
  await page.getByLabel(/^Nom(?! ou)/).fill(lastName);
  await page.getByLabel(/^Courriel/).fill(`li.${tag.toLowerCase()}@etu.orbis.test`);
  await page.getByLabel(/^Département/).fill("CHINESE");
  await page.getByLabel(/^Niveau d'études/).selectOption("L3");
  await page.getByLabel(/^Moyenne sur 20/).fill("25");
  await page.getByLabel(/^Vœu 1/).selectOption({ label: `${chosen.partnerName} (${chosen.partnerCountry})` });
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByLabel(/^Moyenne sur 20/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Between 0 and 20")).toBeVisible();
  const none = await (await page.request.get(`/api/outgoing/calls/${call.id}/applications`)).json();
  expect(none.total).toBe(0);

  await page.getByLabel(/^Moyenne sur 20/).fill("14,5");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Candidatures" })).toBeVisible();
  const row = page.getByRole("table", { name: "Candidatures" }).getByRole("row").filter({ hasText: lastName.toUpperCase() });
  await expect(row).toContainText(chosen.partnerName);
  await expect(row).toContainText("Recevable");
  const saved = await (await page.request.get(`/api/outgoing/calls/${call.id}/applications`)).json();
  expect(saved.items).toHaveLength(1);
  expect(saved.items[0]).toMatchObject({ department: "CHINESE", gradeAverage: 14.5, choices: [chosen.id] });

  await page.goto(`/outgoing/calls/${call.id}`);
  await page.getByRole("button", { name: "Clore l'appel" }).click();
  await expect(page.getByText("Clos", { exact: true })).toBeVisible();
  expect((await (await page.request.get(`/api/outgoing/calls/${call.id}`)).json()).status).toBe("closed");
});

test("a coordinator ranks only their department's applicants and is refused another department's ranking", async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const { call, destinations } = await openCallWithDestinations(team, `E2E ${tag} classement`);
  const destination = chineseDestination(destinations);
  const mine = await applyTo(team, call.id, { studentNumber: studentNumberOf(tag, 1), lastName: `Zhao${tag}`, department: "CHINESE", choices: [destination.id] });
  await applyTo(team, call.id, { studentNumber: studentNumberOf(tag, 2), lastName: `Sato${tag}`, department: "JAPANESE", choices: [] });
  await setCallStatus(team, call, "closed");
  await team.dispose();

  await loginAs(page, CHINESE_COORDINATOR);
  await page.goto(`/outgoing/calls/${call.id}/applications`);
  await expect(page.getByRole("heading", { level: 1, name: "Candidatures" })).toBeVisible();
  const applications = page.getByRole("table", { name: "Candidatures" });
  await expect(applications.getByRole("row").filter({ hasText: `ZHAO${tag}` })).toBeVisible();
  await expect(applications.getByRole("row").filter({ hasText: `SATO${tag}` })).toHaveCount(0);
  const listed = await (await page.request.get(`/api/outgoing/calls/${call.id}/applications`)).json();
  expect(listed.items.map((a: { department: string }) => a.department)).toEqual(["CHINESE"]);

  await page.getByRole("navigation", { name: "Classements par département" }).getByRole("link", { name: "Classement — CHINESE" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Classement — CHINESE" })).toBeVisible();
  const name = `ZHAO${tag} Camille`;
  await page.getByLabel(`Dossier académique de ${name}`).fill("16");
  await page.getByLabel(`Motivation de ${name}`).fill("15,5");
  await page.getByLabel(`Langue de ${name}`).fill("14");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Classement enregistré (version 1)." })).toBeVisible();
  const ranking = await (await page.request.get(`/api/outgoing/calls/${call.id}/rankings/CHINESE`)).json();
  expect(ranking.entries).toEqual([expect.objectContaining({ applicationId: mine.id, rank: 1, scores: { academic: 16, motivation: 15.5, language: 14 } })]);

  await page.goto(`/outgoing/calls/${call.id}/rankings/JAPANESE`);
  await expect(page.getByText("Vous n'avez pas les droits nécessaires pour cette action.", { exact: false })).toBeVisible();
  const refused = await page.request.get(`/api/outgoing/calls/${call.id}/rankings/JAPANESE`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).code).toBe("out_of_scope");
  const forged = await page.request.put(`/api/outgoing/calls/${call.id}/rankings/JAPANESE`, { data: { version: 0, entries: [] } });
  expect(forged.status()).toBe(403);
});

test("the team allocates, publishes, nominates within the agreement's quota, records the host's acceptance and downloads the files", async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const team = await apiAs(baseURL!, TEAM);
  const { call, destination, application } = await rankedCall(team, tag);
  await team.dispose();
  const year = call.academicYear;
  const usageOf = async () => {
    const body = await (await page.request.get(`/api/agreements/agreements/${destination.agreementId}/availability?year=${year}`)).json();
    return (Array.isArray(body) ? body : body.items).find((a: { conditionId: string }) => a.conditionId === destination.conditionId) as { used: number; remaining: number };
  };

  await openOutgoing(page, TEAM);
  await page.goto(`/outgoing/calls/${call.id}/allocation`);
  await expect(page.getByRole("heading", { level: 1, name: "Affectation" })).toBeVisible();
  await expect(page.getByText("L'affectation n'a pas encore été lancée.")).toBeVisible();
  await page.getByRole("button", { name: "Lancer l'affectation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Affectation calculée : 1 étudiant(s) affecté(s) sur 1." })).toBeVisible();
  const results = page.getByRole("table", { name: "Affectation" });
  const row = results.getByRole("row").filter({ hasText: application.lastName });
  await expect(row).toContainText(`${destination.partnerName} — vœu 1`);
  await expect(row).toContainText("obtient le vœu 1");
  await page.getByRole("button", { name: "Publier les résultats" }).click();
  await expect(page.getByText(/^Résultats publiés le \d{4}-\d{2}-\d{2}\.$/).first()).toBeVisible();
  expect((await (await page.request.get(`/api/outgoing/calls/${call.id}`)).json()).status).toBe("published");

  const before = await usageOf();
  await page.goto(`/outgoing/calls/${call.id}/nominations`);
  await expect(page.getByRole("heading", { level: 1, name: "Nominations" })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(`^Nominer — .*${application.lastName}`) }).click();
  await expect(page.getByRole("status").filter({ hasText: /est nominé\(e\)\./ })).toBeVisible();
  const host = page.getByRole("heading", { level: 2, name: `${destination.partnerName} (${destination.partnerCountry})` });
  await expect(host).toBeVisible();
  const after = await usageOf();
  expect(after.used).toBe(before.used + 1);
  expect(after.remaining).toBe(before.remaining - 1);

  await page.getByRole("button", { name: new RegExp(`^Accepter — .*${application.lastName}`) }).click();
  await expect(page.getByRole("status").filter({ hasText: /Décision enregistrée pour/ })).toBeVisible();
  await expect(page.getByRole("table", { name: destination.partnerName }).getByRole("row").filter({ hasText: application.lastName.toUpperCase() })).toContainText("Accepté(e)");
  const nominations = await (await page.request.get(`/api/outgoing/calls/${call.id}/nominations`)).json();
  const nomination = nominations.items.find((n: { applicationId: string }) => n.applicationId === application.id);
  expect(nomination).toMatchObject({ decision: "accepted", agreementId: destination.agreementId });
  const mobility = await (await page.request.get(`/api/outgoing/mobilities/${nomination.mobilityId}`)).json();
  expect(mobility).toMatchObject({ status: "planned", department: "CHINESE", partnerId: destination.partnerId, academicYear: year });

  const downloads = page.getByRole("list", { name: `Téléchargements pour ${destination.partnerName}` });
  const csvLink = downloads.getByRole("link", { name: "CSV" });
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await page.request.get((await csvLink.getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(application.lastName);
  const pdf = await page.request.get((await downloads.getByRole("link", { name: "Lettre PDF" }).getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
