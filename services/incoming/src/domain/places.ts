import { HttpProblem, type FieldError } from "@orbis/service-kit";
import { AgreementsCallFailed, type AgreementsClient } from "../clients/agreements";

export interface PlaceRequest {
  agreementId: string;
  conditionId: string;
  academicYear: number;
}

/** The agreements service's refusal as this service's problem: its 409 stays a 409, its field errors keep their path. */
export function asProblem(error: unknown): unknown {
  if (!(error instanceof AgreementsCallFailed)) return error;
  if (error.status === 409) return new HttpProblem("conflict", `The agreements service refused: ${error.message}`);
  if (error.status === 404) return new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: "body.agreementId", message: "No such agreement" }] });
  if (error.status === 400 && error.problem?.errors?.length) {
    const errors: FieldError[] = error.problem.errors.map((e) => ({ path: e.path, message: e.message }));
    return new HttpProblem("validation", "Some fields are invalid.", { errors });
  }
  return new HttpProblem("bad_gateway", `The agreements service refused: ${error.message}`);
}

/**
 * The receiving places left on the agreement's condition for the year; field errors when the condition is not one
 * of the agreement's receiving conditions.
 */
export async function remainingPlaces(agreements: AgreementsClient, place: PlaceRequest, pathPrefix = "body."): Promise<number> {
  let items;
  try {
    items = await agreements.agreementAvailability(place.agreementId, place.academicYear);
  } catch (error) {
    if (error instanceof AgreementsCallFailed && error.status === 404) {
      throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: `${pathPrefix}agreementId`, message: "No such agreement" }] });
    }
    throw asProblem(error);
  }
  const condition = items.find((a) => a.conditionId === place.conditionId);
  if (!condition || condition.direction !== "receiving") {
    throw new HttpProblem("validation", "Some fields are invalid.", { errors: [{ path: `${pathPrefix}conditionId`, message: "Not a receiving condition of this agreement" }] });
  }
  return condition.remaining;
}

/** Takes (1) or gives back (-1) a place; the caller runs it inside its transaction so a refusal writes nothing. */
export async function recordPlace(agreements: AgreementsClient, place: PlaceRequest, count: 1 | -1, reference: string, override?: { reason: string }) {
  try {
    await agreements.recordUsage(place.agreementId, { conditionId: place.conditionId, academicYear: place.academicYear, count, reference, ...(override ? { override } : {}) });
  } catch (error) {
    throw asProblem(error);
  }
}
