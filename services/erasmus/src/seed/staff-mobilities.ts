import type { Db } from "@orbis/db";
import { recordAudit } from "@orbis/service-kit";
import { audit, staffMobilities } from "../db/schema/index";
import { academicYearOf } from "../domain/dates";
import type { DemoErasmusData } from "./data";
import { yearOf } from "./data";
import { addDays, chanceOf, chunks, distanceKm, intOf } from "./pick";

type StaffMobilityInsert = typeof staffMobilities.$inferInsert & { id: string };

/**
 * The universe's outgoing Erasmus+ staff mobilities (KA131, KA171), each with its application, selection, mobility
 * agreement and report as far as its dates allow on the reference date, plus the rejected applications of each year.
 */
export function staffMobilityRows(data: DemoErasmusData): StaffMobilityInsert[] {
  const { universe } = data;
  const staff = new Map(universe.staff.map((s) => [s.id, s]));
  const partners = new Map(universe.partners.map((p) => [p.id, p]));
  const today = universe.referenceDate;
  const rows: StaffMobilityInsert[] = [];
  for (const m of universe.mobilities) {
    if (m.participantType !== "staff" || m.direction !== "outgoing" || (m.programme !== "KA131" && m.programme !== "KA171")) continue;
    const member = m.staffId ? staff.get(m.staffId) : undefined;
    const partner = m.partnerId ? partners.get(m.partnerId) : undefined;
    if (!member || !partner) continue;
    const teaching = m.mobilityType === "staff-teaching";
    const distance = distanceKm(universe.institution, partner);
    const green = m.greenTravel && distance < 2000;
    const applied = addDays(m.startDate, -intOf(`${m.id}/applied`, 60, 120));
    const decided = addDays(applied, intOf(`${m.id}/decided`, 10, 25));
    const signed = addDays(m.startDate, -intOf(`${m.id}/signed`, 10, 30));
    const reported = addDays(m.endDate, intOf(`${m.id}/reported`, 5, 30));
    const status =
      m.status === "cancelled" ? "cancelled" : reported <= today ? "reported" : signed <= today ? "agreed" : decided <= today ? "selected" : "applied";
    const base = {
      id: m.id,
      academicYear: yearOf(m.academicYear),
      projectId: data.id("erasmus-project", `${m.programme}/${yearOf(m.academicYear)}`),
      type: teaching ? "teaching" : "training",
      staffId: member.id,
      firstName: member.firstName,
      lastName: member.lastName,
      email: member.email,
      sex: member.sex,
      staffCategory: member.kind,
      department: m.department,
      fewerOpportunities: chanceOf(`${m.id}/fo`, 0.05),
      hostPartnerId: partner.id,
      hostName: partner.nameLatin,
      hostErasmusCode: partner.erasmusCode,
      hostCountry: partner.countryCode,
      hostCity: partner.city,
      startDate: m.startDate,
      endDate: m.endDate,
      travelDays: green ? intOf(`${m.id}/travel`, 2, 4) : distance >= 500 ? 2 : 0,
      distanceKm: distance,
      greenTravel: green,
      teachingHours: teaching ? intOf(`${m.id}/hours`, 8, 12) : null,
      programme: teaching ? `Enseignement (${m.iscedCode})` : "Semaine du personnel (staff week)",
      createdAt: new Date(`${applied}T09:00:00Z`),
    };
    const steps = {
      cancelled: { status, decisionComment: "Désistement du participant" },
      applied: { status },
      selected: { status, selectionScore: intOf(`${m.id}/score`, 60, 95), decidedOn: decided },
      agreed: { status, selectionScore: intOf(`${m.id}/score`, 60, 95), decidedOn: decided, agreementSignedOn: signed },
      reported: { status, selectionScore: intOf(`${m.id}/score`, 60, 95), decidedOn: decided, agreementSignedOn: signed, reportSubmittedOn: reported, report: "Rapport du participant déposé (EU Survey)." },
    }[status];
    rows.push({ ...base, ...steps });
    // About one application in six is not selected (limited budget).
    if (chanceOf(`${m.id}/rival`, 0.16)) {
      const rivalDecided = decided <= today ? decided : null;
      rows.push({
        ...base,
        id: data.id("erasmus-staff-application", m.id),
        staffId: null,
        firstName: "Candidat",
        lastName: `non retenu ${m.id.slice(0, 4).toUpperCase()}`,
        email: `candidat.${m.id.slice(0, 8)}@orbis.test`,
        projectId: base.projectId,
        academicYear: academicYearOf(m.startDate),
        status: rivalDecided ? "rejected" : "applied",
        decidedOn: rivalDecided,
        decisionComment: rivalDecided ? "Budget de l'appel épuisé ; sur liste complémentaire." : null,
      });
    }
  }
  return rows;
}

export async function seedStaffMobilities(tx: Db, data: DemoErasmusData, actor: { actor: string; actorKind: string }) {
  let inserted = 0;
  for (const chunk of chunks(staffMobilityRows(data))) {
    const rows = await tx.insert(staffMobilities).values(chunk).onConflictDoNothing().returning({ id: staffMobilities.id });
    for (const row of rows) await recordAudit(tx, audit, actor, { action: "seed", entity: "staff-mobility", entityId: row.id });
    inserted += rows.length;
  }
  return inserted;
}
