import type { GrantInput, GrantResult, RateTable } from "@orbis/contracts/erasmus";
import { computeGrant } from "./grants/engine";
import { GrantInputError } from "./grants/errors";

export interface Calculation {
  result: GrantResult | null;
  problem: string | null;
  totalCents: number;
}

/** The engine's result for a stored grant, or why it cannot be computed yet (no rates, no band...): never thrown. */
export function calculate(input: GrantInput, rates: RateTable | undefined): Calculation {
  if (!rates) return { result: null, problem: `No rates for call ${input.callYear}.`, totalCents: 0 };
  try {
    const result = computeGrant(input, rates);
    return { result, problem: null, totalCents: result.totalCents };
  } catch (error) {
    if (error instanceof GrantInputError) return { result: null, problem: `${error.path}: ${error.message}`, totalCents: 0 };
    throw error;
  }
}
