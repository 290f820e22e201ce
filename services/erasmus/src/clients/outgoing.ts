import { ErasmusMobilityPage, type ErasmusMobility } from "@orbis/contracts/outgoing";
import { HttpProblem, queryString, serviceJsonCaller, type ServiceClientOptions } from "@orbis/service-kit";

/**
 * The outgoing service's API as the Erasmus+ service uses it: the Erasmus+ student mobilities (KA131, KA171), with
 * the erasmus service token. Mobilities are never copied by hand nor read from outgoing's tables.
 */
export function createOutgoingClient(options: ServiceClientOptions) {
  const call = serviceJsonCaller("outgoing", options, (status, _problem, message) =>
    new HttpProblem("bad_gateway", `The outgoing service answered ${status}: ${message}`),
  );
  const page = (params: { academicYear?: number; since?: string; limit?: number; offset?: number }) =>
    call(ErasmusMobilityPage, `/erasmus/mobilities${queryString(params)}`);
  return {
    page,
    /** Every Erasmus+ mobility of a year (or changed since an instant), all pages. */
    async all(params: { academicYear?: number; since?: string }): Promise<ErasmusMobility[]> {
      const items: ErasmusMobility[] = [];
      for (let offset = 0; ; offset += 500) {
        const next = await page({ ...params, limit: 500, offset });
        items.push(...next.items);
        if (next.items.length < 500 || items.length >= next.total) return items;
      }
    },
  };
}
export type OutgoingClient = ReturnType<typeof createOutgoingClient>;
