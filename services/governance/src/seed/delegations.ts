import type { Db } from "@orbis/db";
import type { Universe } from "@orbis/demo-data";
import { delegations } from "../db/schema/index";
import { governanceIds, unitOf, yearsOf } from "./universe";
import { insertNew } from "./write";

/**
 * About six delegations a year with the universe's partners, hosted or sent; a visit is followed by the agreements
 * signed with that partner in the year after it (the agreements service knows these ids: they come from the universe).
 */
export async function seedDelegations(db: Db, universe: Universe): Promise<number> {
  const id = governanceIds(universe);
  const rows = [];
  const staff = universe.staff.filter((s) => s.kind === "academic");
  for (const year of yearsOf(universe)) {
    for (let n = 0; n < 6; n++) {
      const partner = universe.partners[Math.floor(unitOf(`deleg${year}${n}`) * universe.partners.length)]!;
      const month = 1 + Math.floor(unitOf(`month${year}${n}`) * 12);
      const calendarYear = month >= 9 ? year : year + 1;
      const day = 1 + Math.floor(unitOf(`day${year}${n}`) * 25);
      const startsOn = `${calendarYear}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      const endsOn = `${calendarYear}-${String(month).padStart(2, "0")}-${String(day + 2).padStart(2, "0")}`;
      const direction = unitOf(`dir${year}${n}`) < 0.6 ? "incoming" : "outgoing";
      const followed = universe.agreements.filter((a) => a.partnerId === partner.id && a.signedOn !== null && a.signedOn > startsOn && a.signedOn < `${calendarYear + 2}`);
      const past = endsOn < universe.referenceDate;
      const host = staff[Math.floor(unitOf(`host${year}${n}`) * staff.length)];
      rows.push({
        id: id("delegation", `${year}/${n}`),
        direction,
        institution: partner.nameLatin,
        countryCode: partner.countryCode,
        partnerId: partner.id,
        startsOn,
        endsOn,
        status: past ? "done" : "confirmed",
        programme:
          direction === "incoming"
            ? "Jour 1 : accueil par la présidence et la DRI. Jour 2 : rencontres avec les départements. Jour 3 : visite du campus."
            : "Rencontre avec le bureau international du partenaire, présentation des formations, visite des résidences.",
        participants: [
          { name: "Vice-présidente relations internationales", role: "Cheffe de délégation", side: "home" },
          ...(host ? [{ name: host.name, role: host.jobTitle.fr, side: "home" as const }] : []),
          { name: `Délégation de ${partner.nameLatin}`, role: "Bureau international", side: "guest" as const },
        ],
        followUp: past ? (followed.length ? "Accord signé à la suite de la visite." : "Contacts à poursuivre avec les départements.") : "",
        agreementIds: past ? followed.map((a) => a.id) : [],
      });
    }
  }
  return insertNew(db, delegations, rows);
}
