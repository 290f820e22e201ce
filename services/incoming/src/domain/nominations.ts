import { EQF_OF_LEVEL, KIND_OF_PROGRAMME, type CreateIncomingStudent } from "@orbis/contracts/incoming";
import { HttpProblem, recordAudit, type ServiceEnv } from "@orbis/service-kit";
import type { Db } from "@orbis/db";
import type { Context } from "hono";
import { AgreementsCallFailed, type AgreementsClient } from "../clients/agreements";
import { audit, students } from "../db/schema/index";
import { asProblem, recordPlace, remainingPlaces, type PlaceRequest } from "./places";
import { toStudent, type StudentRow } from "./students";

type Insert = typeof students.$inferInsert;
const invalid = (path: string, message: string) => new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path, message }] });

/** A nomination checked against the agreements service: the row to insert and the place it takes, if any. */
export interface CheckedNomination {
  values: Insert;
  place: PlaceRequest | null;
  /** Places left before this nomination (null without an agreement). */
  remaining: number | null;
}

/** The home institution from the partner (through the agreement when there is one), or as typed for non-partners. */
export async function checkNomination(agreements: AgreementsClient, input: CreateIncomingStudent, prefix = "body."): Promise<CheckedNomination> {
  let home = { name: input.homeInstitutionName ?? "", country: input.homeCountry ?? "" };
  const place = input.agreementId && input.conditionId ? { agreementId: input.agreementId, conditionId: input.conditionId, academicYear: input.academicYear } : null;
  if (input.agreementId) {
    const agreement = await agreements.agreement(input.agreementId).catch((error: unknown) => {
      throw error instanceof AgreementsCallFailed && error.status === 404 ? invalid(`${prefix}agreementId`, "No such agreement") : asProblem(error);
    });
    const partner = agreement.partners.find((p) => p.id === input.partnerId);
    if (!partner) throw invalid(`${prefix}partnerId`, "Not a partner of this agreement");
    home = { name: partner.nameLatin, country: partner.countryCode };
  } else if (input.partnerId) {
    const partner = await agreements.partner(input.partnerId).catch((error: unknown) => {
      throw error instanceof AgreementsCallFailed && error.status === 404 ? invalid(`${prefix}partnerId`, "No such partner") : asProblem(error);
    });
    home = { name: partner.nameLatin, country: partner.countryCode };
  }
  const remaining = place ? await remainingPlaces(agreements, place, prefix) : null;
  const { override: _override, homeInstitutionName: _name, homeCountry: _country, ...stay } = input;
  const values: Insert = {
    ...stay,
    kind: KIND_OF_PROGRAMME[input.programme],
    status: "nominated",
    partnerId: input.partnerId ?? null,
    agreementId: input.agreementId ?? null,
    conditionId: input.conditionId ?? null,
    homeInstitutionName: home.name,
    homeCountry: home.country,
    eqfLevel: EQF_OF_LEVEL[input.level],
  };
  return { values, place, remaining };
}

export const quotaExceeded = (remaining: number) =>
  new HttpProblem("conflict", `No receiving place is left on this agreement for the year (${Math.max(remaining, 0)} remaining): give an override with a reason to go beyond.`);

/**
 * Inserts the student and takes the place in the same transaction: a refusal of the agreements service rolls the
 * insert back. Beyond the places only with an override, whose reason the audit row keeps.
 */
export async function insertNomination(tx: Db, c: Context<ServiceEnv>, agreements: AgreementsClient, checked: CheckedNomination, override: { reason: string } | undefined, action = "nominate"): Promise<StudentRow> {
  const beyond = checked.remaining !== null && checked.remaining <= 0;
  if (beyond && !override) throw quotaExceeded(checked.remaining!);
  const [row] = await tx.insert(students).values(checked.values).returning();
  await recordAudit(tx, audit, c, { action: beyond ? `${action}_override` : action, entity: "student", entityId: row!.id, after: { ...toStudent(row!), ...(beyond ? { overrideReason: override!.reason } : {}) } });
  // Last in the transaction: once the place is taken, only the commit remains.
  if (checked.place) await recordPlace(agreements, checked.place, 1, row!.id, beyond ? override : undefined);
  return row!;
}
