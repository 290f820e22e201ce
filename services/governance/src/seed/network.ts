import type { Db } from "@orbis/db";
import type { Universe } from "@orbis/demo-data";
import { networkMeetings } from "../db/schema/index";
import { governanceIds, unitOf, yearsOf } from "./universe";
import { insertNew } from "./write";

/** Two network meetings a year; each department is represented by one of its academics (present or excused). */
export async function seedNetwork(db: Db, universe: Universe): Promise<number> {
  const id = governanceIds(universe);
  const rows = [];
  for (const year of yearsOf(universe)) {
    for (const [month, title] of [
      ["09", "Réunion de rentrée des correspondants RI"],
      ["03", "Réunion de préparation des appels à candidatures"],
    ] as const) {
      const heldOn = `${month === "09" ? year : year + 1}-${month}-${String(5 + Math.floor(unitOf(`${year}${month}`) * 20)).padStart(2, "0")}`;
      if (heldOn >= universe.referenceDate) continue;
      const attendance = universe.departments.map((d) => {
        const staff = universe.staff.filter((s) => s.department === d.code && s.kind === "academic");
        const coordinator = staff.find((s) => s.scopes.includes(d.code)) ?? staff[Math.floor(unitOf(`${d.code}${year}`) * staff.length)];
        return { department: d.code, name: coordinator?.name ?? d.nameFr, present: unitOf(`${heldOn}${d.code}`) > 0.2 };
      });
      rows.push({ id: id("network-meeting", heldOn), title, heldOn, location: "Maison de l'international", agenda: "Calendrier, appels à candidatures, accueil.", attendance });
    }
  }
  return insertNew(db, networkMeetings, rows);
}
