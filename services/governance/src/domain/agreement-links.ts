import { AgreementsCallFailed, HttpProblem, type AgreementsClient } from "@orbis/service-kit";
import { fieldProblem } from "../routes/resource";

/** An id the agreements registry does not know is the caller's mistake (400 on the field); any other failure is a 502. */
async function knownThere(lookup: () => Promise<unknown>, field: string, what: string, id: string): Promise<void> {
  try {
    await lookup();
  } catch (error) {
    if (error instanceof AgreementsCallFailed && error.status === 404) throw fieldProblem(field, `The agreements registry has no ${what} ${id}.`);
    if (error instanceof AgreementsCallFailed) throw new HttpProblem("bad_gateway", `The agreements registry answered ${error.status}: ${error.message}`);
    throw error;
  }
}

/** The partner and the agreements a delegation refers to exist in the agreements registry (those saved before are not asked again). */
export async function assertAgreementLinks(
  agreements: AgreementsClient,
  values: { partnerId?: unknown; agreementIds?: unknown },
  alreadyChecked: Record<string, unknown> = {},
): Promise<void> {
  if (typeof values.partnerId === "string" && values.partnerId !== alreadyChecked.partnerId) {
    const partnerId = values.partnerId;
    await knownThere(() => agreements.partner(partnerId), "partnerId", "partner", partnerId);
  }
  const ids = Array.isArray(values.agreementIds) ? (values.agreementIds as string[]) : [];
  const known = new Set(Array.isArray(alreadyChecked.agreementIds) ? (alreadyChecked.agreementIds as string[]) : []);
  for (const [i, id] of ids.entries()) if (!known.has(id)) await knownThere(() => agreements.agreement(id), `agreementIds.${i}`, "agreement", id);
}
