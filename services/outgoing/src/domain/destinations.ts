import { ERASMUS_PROGRAMMES, type Destination, type OutgoingProgramme } from "@orbis/contracts/outgoing";
import type { Db } from "@orbis/db";
import { HttpProblem } from "@orbis/service-kit";
import { asc, eq } from "drizzle-orm";
import { AgreementsCallFailed, type AgreementsClient } from "../clients/agreements";
import { callDestinations } from "../db/schema/index";
import { mapWithLimit } from "./limited";

export type DestinationRow = typeof callDestinations.$inferSelect;
export type DestinationValues = Omit<typeof callDestinations.$inferInsert, "id" | "callId" | "syncedAt" | "inForce">;

export function toDestination(row: DestinationRow): Destination {
  return {
    ...row,
    mobilityType: row.mobilityType as Destination["mobilityType"],
    syncedAt: row.syncedAt.toISOString(),
  };
}

export function destinationsOf(db: Db, callId: string): Promise<DestinationRow[]> {
  return db
    .select()
    .from(callDestinations)
    .where(eq(callDestinations.callId, callId))
    .orderBy(asc(callDestinations.partnerCountry), asc(callDestinations.partnerName), asc(callDestinations.id));
}

/** Agreements' failures become 502 (unreachable or answering errors) with its explanation. */
async function fromAgreements<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AgreementsCallFailed) throw new HttpProblem("bad_gateway", `The agreements service refused ${what}: ${error.message}`);
    throw error;
  }
}

/** Agreements and partners read at once during a sync (a demo year has well over a hundred agreements in force). */
const UPSTREAM_CONCURRENCY = 8;

const STUDENT_MOBILITY_TYPES: readonly string[] = ["student-studies", "student-traineeship"];
/** Erasmus+ calls offer places of Erasmus+ inter-institutional agreements; other programmes those of other agreements. */
const isErasmusAgreement = (type: string) => type === "erasmus-iia";

/**
 * The sending conditions in force in the year, with their agreement's departments and first partner, as they
 * would be stored for a call. Read through the agreements API only.
 */
export async function sendingDestinations(agreements: AgreementsClient, year: number, programme: string): Promise<DestinationValues[]> {
  const available = await fromAgreements("the places", () => agreements.availability({ year, direction: "sending" }));
  const studentPlaces = available.filter((a) => STUDENT_MOBILITY_TYPES.includes(a.mobilityType));
  const agreementIds = [...new Set(studentPlaces.map((a) => a.agreementId))];
  const fetched = await mapWithLimit(agreementIds, UPSTREAM_CONCURRENCY, async (id) => [id, await fromAgreements("an agreement", () => agreements.agreement(id))] as const);
  const details = new Map(fetched.filter(([, agreement]) => isErasmusAgreement(agreement.type) === ERASMUS_PROGRAMMES.includes(programme as OutgoingProgramme)));
  const wanted = studentPlaces.filter((a) => details.has(a.agreementId));
  const partnerIds = [...new Set([...details.values()].map((a) => a.partners[0]?.id).filter((id): id is string => Boolean(id)))];
  const partners = new Map(await mapWithLimit(partnerIds, UPSTREAM_CONCURRENCY, async (id) => [id, await fromAgreements("a partner", () => agreements.partner(id))] as const));
  return wanted.flatMap((a) => {
    const agreement = details.get(a.agreementId)!;
    const partner = partners.get(agreement.partners[0]?.id ?? "");
    if (!partner) return [];
    return [
      {
        agreementId: a.agreementId,
        conditionId: a.conditionId,
        partnerId: partner.id,
        partnerName: partner.nameLatin || partner.name,
        partnerCountry: partner.countryCode,
        partnerCity: partner.city ?? "",
        partnerErasmusCode: partner.erasmusCode ?? null,
        partnerSchac: partner.schacCode ?? null,
        mobilityType: a.mobilityType,
        eqfLevels: a.eqfLevels,
        iscedCodes: a.iscedCodes,
        places: a.places,
        departments: agreement.departments,
      },
    ];
  });
}
