import { agreementCoversYear, conditionIdOf, type Agreement as DemoAgreement, type Mobility as DemoMobility } from "@orbis/demo-data";
import type { callDestinations } from "../db/schema/index";
import { callIdOf, type CallInsert } from "./calls";
import { yearOf, type DemoOutgoingData } from "./data";
import { seedId } from "./ids";

export type DestinationInsert = typeof callDestinations.$inferInsert & { id: string; places: number; eqfLevels: number[]; departments: string[] };

const academicYearCode = (year: number) => `${year}-${year + 1}`;
const destinationKey = (callId: string, agreementId: string, position: number) => `${callId}/${agreementId}/${position}`;

/** The destination a mobility went to: its agreement's sending condition of its mobility type. */
export function destinationOfMobility(m: DemoMobility, callId: string, agreements: ReadonlyMap<string, DemoAgreement>): string | null {
  if (!m.agreementId) return null;
  const position = agreements.get(m.agreementId)?.conditions.findIndex((c) => c.direction === "outgoing" && c.mobilityType === m.mobilityType) ?? -1;
  return position < 0 ? null : seedId("destination", destinationKey(callId, m.agreementId, position));
}

/**
 * The destinations of the published calls: every sending student condition of the programme's agreements in force
 * that year, as the sync would have copied them (condition ids are the agreements service's, see conditionIdOf).
 * Where history went beyond a quota (recorded as an override by the agreements service), the places offered are
 * those actually used, so no allocation exceeds its places. The open call's destinations are left to the sync.
 */
export function destinationRows(data: DemoOutgoingData, calls: readonly CallInsert[]): DestinationInsert[] {
  const agreements = new Map(data.agreements.map((a) => [a.id, a]));
  const used = new Map<string, number>();
  const usedAgreements = new Set<string>();
  for (const m of data.mobilities) {
    const destination = destinationOfMobility(m, callIdOfMobility(m), agreements);
    if (destination) used.set(destination, (used.get(destination) ?? 0) + 1);
    if (destination) usedAgreements.add(`${callIdOfMobility(m)}/${m.agreementId}`);
  }
  const rows: DestinationInsert[] = [];
  for (const call of calls) {
    if (call.status !== "published") continue;
    for (const agreement of data.agreements) {
      const offered = agreement.programme === call.programme && agreementCoversYear(agreement, academicYearCode(call.academicYear));
      if (!offered && !usedAgreements.has(`${call.id}/${agreement.id}`)) continue;
      const partner = data.partners.get(agreement.partnerId)!;
      agreement.conditions.forEach((condition, position) => {
        if (condition.direction !== "outgoing" || !condition.mobilityType.startsWith("student-")) return;
        const id = seedId("destination", destinationKey(call.id, agreement.id, position));
        rows.push({
          id,
          callId: call.id,
          agreementId: agreement.id,
          conditionId: conditionIdOf(agreement.id, position),
          partnerId: partner.id,
          partnerName: partner.nameLatin,
          partnerCountry: partner.countryCode,
          partnerCity: partner.city,
          partnerErasmusCode: partner.erasmusCode,
          partnerSchac: partner.schacCode,
          mobilityType: condition.mobilityType,
          eqfLevels: [...condition.eqfLevels],
          iscedCodes: [...condition.iscedCodes],
          places: Math.max(condition.places, used.get(id) ?? 0),
          departments: [...agreement.departments],
          inForce: true,
          syncedAt: new Date(`${call.closesOn}T09:00:00Z`),
        });
      });
    }
  }
  return rows;
}

export const callIdOfMobility = (m: DemoMobility) => callIdOf(m.programme, yearOf(m.academicYear));
