import type { Db } from "@orbis/db";
import type { Universe } from "@orbis/demo-data";
import { agendaItems, decisions, followUpActions, meetings } from "../db/schema/index";
import { governanceIds, unitOf, yearsOf } from "./universe";
import { insertNew } from "./write";

const SESSIONS = [
  { month: "10", title: "Commission des relations internationales — séance d'automne" },
  { month: "02", title: "Commission des relations internationales — séance d'hiver" },
  { month: "06", title: "Commission des relations internationales — séance de printemps" },
];
const TOPICS = [
  ["Nouveaux accords et renouvellements", "Pôle accords"],
  ["Bilan de la mobilité sortante", "Pôle mobilité sortante"],
  ["Accueil des étudiants internationaux", "Pôle mobilité entrante"],
  ["Budget des missions et bourses", "Vice-présidence RI"],
] as const;
const OWNERS = ["Pôle accords", "Pôle mobilité sortante", "Pôle mobilité entrante", "Direction des relations internationales"];

/** Three commission meetings a year over the ten years: agenda, decisions and the actions they created. */
export async function seedCommission(db: Db, universe: Universe): Promise<number> {
  const id = governanceIds(universe);
  const today = universe.referenceDate;
  const rows = { meetings: [] as Array<Record<string, unknown>>, items: [] as Array<Record<string, unknown>>, decisions: [] as Array<Record<string, unknown>>, actions: [] as Array<Record<string, unknown>> };
  for (const year of yearsOf(universe)) {
    for (const session of SESSIONS) {
      const calendarYear = session.month === "10" ? year : year + 1;
      const heldOn = `${calendarYear}-${session.month}-${String(10 + Math.floor(unitOf(`${year}${session.month}`) * 15)).padStart(2, "0")}`;
      const meetingId = id("meeting", heldOn);
      const held = heldOn < today;
      rows.meetings.push({ id: meetingId, title: session.title, heldOn, location: "Salle du conseil", status: held ? "held" : "planned", minutes: held ? `Compte rendu de la séance du ${heldOn}.` : "" });
      TOPICS.forEach(([title, presenter], i) => {
        const itemId = id("agenda-item", `${meetingId}/${i}`);
        rows.items.push({ id: itemId, meetingId, position: i + 1, title, presenter });
        if (!held || i > 1) return;
        const decisionId = id("decision", `${meetingId}/${i}`);
        rows.decisions.push({ id: decisionId, meetingId, agendaItemId: itemId, reference: `CRI-${heldOn.slice(0, 7)}-${i + 1}`, text: `${title} : avis favorable de la commission.`, outcome: i === 0 ? "approved" : "noted" });
        const dueOn = new Date(Date.parse(`${heldOn}T00:00:00Z`) + (45 + i * 30) * 86_400_000).toISOString().slice(0, 10);
        // Recent actions are often still running past their due date; old ones rarely.
        const lateShare = dueOn > `${Number(today.slice(0, 4)) - 1}` ? 0.5 : 0.05;
        const late = dueOn < today && unitOf(`${decisionId}late`) < lateShare;
        rows.actions.push({
          id: id("action", decisionId),
          meetingId,
          decisionId,
          title: i === 0 ? "Transmettre les accords approuvés pour signature" : "Diffuser le bilan aux départements",
          owner: OWNERS[Math.floor(unitOf(decisionId) * OWNERS.length)]!,
          dueOn,
          status: dueOn >= today ? "open" : late ? "in-progress" : "done",
        });
      });
    }
  }
  return (
    (await insertNew(db, meetings, rows.meetings)) +
    (await insertNew(db, agendaItems, rows.items)) +
    (await insertNew(db, decisions, rows.decisions)) +
    (await insertNew(db, followUpActions, rows.actions))
  );
}
