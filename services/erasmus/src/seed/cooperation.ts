import type { CooperationAction, CooperationPartner, CooperationStage } from "@orbis/contracts/erasmus";
import type { Db } from "@orbis/db";
import { recordAudit } from "@orbis/service-kit";
import { audit, cooperationDeadlines, cooperationMeetings, cooperationProjects } from "../db/schema/index";
import type { DemoErasmusData } from "./data";
import { addDays, chanceOf, intOf, pickOf } from "./pick";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"] & { id: string };

const THEMES = [
  { acronym: "LINGUA", title: "Enseignement des langues moins diffusées en ligne", action: "KA220-HED" },
  { acronym: "TRANSMED", title: "Traduction et médiation interculturelle en Méditerranée", action: "KA220-HED" },
  { acronym: "EASTLINK", title: "Renforcement des études aréales en Asie centrale", action: "CBHE" },
  { acronym: "INCLUDE", title: "Mobilité inclusive pour les étudiants en situation de handicap", action: "KA210" },
  { acronym: "DIGIHUM", title: "Humanités numériques et corpus multilingues", action: "KA220-HED" },
  { acronym: "GREENMOB", title: "Mobilité durable et voyages bas carbone", action: "KA210" },
  { acronym: "AFRILANG", title: "Langues africaines : curricula communs", action: "CBHE" },
  { acronym: "EUROLANG", title: "Alliance européenne des langues et cultures du monde", action: "EUROPEAN-UNIVERSITIES" },
] as const satisfies ReadonlyArray<{ acronym: string; title: string; action: CooperationAction }>;

const LEADERS = ["Anne Lefèvre", "Karim Benali", "Hélène Petit", "Marc Dupuis", "Yuko Tanaka", "Irina Volkova"];

/** The stage a project of that call year has reached on the reference date. */
function stageOf(key: string, callYear: number, currentYear: number): CooperationStage {
  const age = currentYear - callYear;
  if (age <= 0) return pickOf(key, ["idea", "preparation", "preparation"] as const);
  if (age === 1) return pickOf(key, ["submitted", "accepted", "rejected"] as const);
  const accepted = chanceOf(key, 0.45);
  if (!accepted) return "rejected";
  return age >= 4 ? "closed" : "running";
}

/** Two or three cooperation projects per call year, with partners from the universe, deadlines and committee meetings. */
export function cooperationRows(data: DemoErasmusData) {
  const european = data.universe.partners.filter((p) => p.erasmusCode);
  const projects: Array<Insert<typeof cooperationProjects>> = [];
  const deadlines: Array<Insert<typeof cooperationDeadlines>> = [];
  const meetings: Array<Insert<typeof cooperationMeetings>> = [];
  for (let year = data.firstYear; year <= data.currentYear + 1; year++) {
    const count = intOf(`ka2/${year}`, 2, 3);
    for (let n = 0; n < count; n++) {
      const key = `ka2/${year}/${n}`;
      const theme = THEMES[(year * 3 + n) % THEMES.length]!;
      const id = data.id("erasmus-cooperation", key);
      const stage = stageOf(key, year, data.currentYear);
      const partners: CooperationPartner[] = Array.from({ length: intOf(`${key}/n`, 2, 5) }, (_, i) => pickOf(`${key}/p${i}`, european)).map((p) => ({
        partnerId: p.id,
        name: p.nameLatin,
        countryCode: p.countryCode,
        role: "partner",
      }));
      const unique = [...new Map(partners.map((p) => [p.partnerId, p])).values()];
      const weLead = chanceOf(`${key}/lead`, 0.4);
      if (!weLead && unique[0]) unique[0].role = "coordinator";
      const requested = intOf(`${key}/budget`, theme.action === "KA210" ? 3 : 25, theme.action === "KA210" ? 6 : 100) * 1_000_000;
      const deadline = `${year}-03-${theme.action === "CBHE" ? "15" : "05"}`;
      const started = stage === "running" || stage === "closed" || stage === "accepted";
      const startDate = started ? `${year}-11-01` : null;
      const endDate = started ? `${year + 3}-10-31` : null;
      projects.push({
        id,
        action: theme.action,
        callYear: year,
        title: theme.title,
        acronym: `${theme.acronym}-${String(year).slice(2)}`,
        leadInstitution: weLead ? data.universe.institution.nameFr : (unique[0]?.name ?? "Consortium"),
        weLead,
        projectLeader: pickOf(`${key}/leader`, LEADERS),
        department: null,
        partners: unique,
        requestedCents: requested,
        shareCents: Math.round((requested * (weLead ? 0.35 : 0.15)) / 100) * 100,
        grantedCents: started ? Math.round(requested * 0.95) : null,
        submissionDeadline: deadline,
        startDate,
        endDate,
        summary: `${theme.title} (${unique.map((p) => p.countryCode).join(", ")}).`,
        stage,
        stageChangedOn: stage === "idea" || stage === "preparation" ? addDays(`${data.currentYear}-09-01`, n * 20) : stage === "submitted" ? deadline : `${year}-07-${15 + n}`,
      });
      deadlines.push({ id: data.id("erasmus-deadline", `${key}/submission`), projectId: id, label: "Dépôt de la candidature", dueOn: deadline, done: stage !== "idea" && stage !== "preparation" });
      if (started) {
        for (const [i, label] of ["Rapport intermédiaire", "Rapport final"].entries()) {
          const dueOn = `${year + 2 + i}-${i ? "12-31" : "04-30"}`;
          deadlines.push({ id: data.id("erasmus-deadline", `${key}/${i}`), projectId: id, label, dueOn, done: dueOn < data.universe.referenceDate });
        }
        for (let y = year + 1; y <= Math.min(year + 3, data.currentYear); y++) {
          const heldOn = `${y}-02-${10 + n}`;
          if (heldOn > data.universe.referenceDate) continue;
          meetings.push({
            id: data.id("erasmus-meeting", `${key}/${y}`),
            projectId: id,
            heldOn,
            place: chanceOf(`${key}/${y}/place`, 0.5) ? "Visioconférence" : `${unique[0]?.name ?? "Paris"}`,
            attendees: [pickOf(`${key}/leader`, LEADERS), ...unique.slice(0, 3).map((p) => `Représentant·e ${p.name}`)],
            minutes: `Comité de suivi ${y} : avancement des lots de travail, budget consommé conforme, prochaines mobilités validées.`,
          });
        }
      }
    }
  }
  return { projects, deadlines, meetings };
}

export async function seedCooperation(tx: Db, data: DemoErasmusData, actor: { actor: string; actorKind: string }) {
  const rows = cooperationRows(data);
  const inserted = await tx.insert(cooperationProjects).values(rows.projects).onConflictDoNothing().returning({ id: cooperationProjects.id });
  for (const row of inserted) await recordAudit(tx, audit, actor, { action: "seed", entity: "cooperation-project", entityId: row.id });
  const deadlines = await tx.insert(cooperationDeadlines).values(rows.deadlines).onConflictDoNothing().returning({ id: cooperationDeadlines.id });
  const meetings = rows.meetings.length ? await tx.insert(cooperationMeetings).values(rows.meetings).onConflictDoNothing().returning({ id: cooperationMeetings.id }) : [];
  return { cooperationProjects: inserted.length, cooperationDeadlines: deadlines.length, cooperationMeetings: meetings.length };
}
