import { HttpProblem } from "@orbis/service-kit";
import { AgreementsCallFailed, type AgreementsClient } from "../clients/agreements";

/** A partner id must name a partner of the agreements service; a 404 there is a 400 on the field here. */
export async function assertPartnerExists(agreements: AgreementsClient, partnerId: string, path: string): Promise<void> {
  try {
    await agreements.partner(partnerId);
  } catch (error) {
    if (error instanceof AgreementsCallFailed && error.status === 404) {
      throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path, message: "No such partner" }] });
    }
    throw error;
  }
}
