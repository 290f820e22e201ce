import type { Db } from "@orbis/db";
import type { Universe } from "@orbis/demo-data";
import { membershipEvents, membershipFees, memberships } from "../db/schema/index";
import { governanceIds, unitOf, yearsOf } from "./universe";
import { insertNew } from "./write";

const CITIES = ["Bruxelles", "Montréal", "Prague", "Utrecht", "Séoul", "Lisbonne", "Dakar", "Vienne"];

/** The networks of the universe the university belongs to (and the Campus France forum): fees every year, events. */
export async function seedMemberships(db: Db, universe: Universe): Promise<number> {
  const id = governanceIds(universe);
  const years = yearsOf(universe);
  const joined = [
    ...universe.networks.filter((n) => unitOf(`member${n.code}`) < 0.5 || n.code === "AUF"),
    { code: "CAMPUS_FRANCE_FORUM", name: "Forum Campus France", kind: "forum" as const },
  ];
  const rows = [];
  const fees = [];
  const events = [];
  for (const n of joined) {
    const membershipId = id("membership", n.code);
    const since = years[0]! - Math.floor(unitOf(`since${n.code}`) * 8);
    const renewalYear = years[years.length - 1]! + 1 + Math.floor(unitOf(`renew${n.code}`) * 3);
    rows.push({
      id: membershipId,
      name: n.name,
      code: n.code,
      kind: n.kind,
      memberSince: `${since}-01-01`,
      renewalOn: `${renewalYear}-01-01`,
      status: renewalYear === years[years.length - 1]! + 1 ? "renewal-pending" : "active",
      representatives: ["Vice-présidente relations internationales", "Directrice des relations internationales"],
    });
    const fee = n.kind === "alliance" ? 2_500_000 : n.kind === "forum" ? 150_000 : 350_000 + Math.round(unitOf(`fee${n.code}`) * 400_000);
    for (const year of years) {
      fees.push({ id: id("membership-fee", `${n.code}/${year}`), membershipId, year: year + 1, amountCents: fee, paidOn: `${year + 1}-0${2 + Math.floor(unitOf(`paid${n.code}${year}`) * 4)}-15`, invoiceRef: `${n.code}-${year + 1}` });
      const startsOn = `${year + 1}-05-${String(10 + Math.floor(unitOf(`ev${n.code}${year}`) * 15)).padStart(2, "0")}`;
      events.push({
        id: id("membership-event", `${n.code}/${year}`),
        membershipId,
        title: n.kind === "alliance" ? "Semaine de l'alliance" : "Assemblée générale",
        startsOn,
        location: CITIES[Math.floor(unitOf(`city${n.code}${year}`) * CITIES.length)]!,
        attendees: ["Vice-présidente relations internationales"],
      });
    }
  }
  return (await insertNew(db, memberships, rows)) + (await insertNew(db, membershipFees, fees)) + (await insertNew(db, membershipEvents, events));
}
