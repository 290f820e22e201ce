import { z } from "zod";
import { Agreement, Availability, Partner, type RecordUsage } from "@orbis/contracts/agreements";
import type { Problem } from "@orbis/contracts/common";
import { queryString, serviceJsonCaller, type ServiceClientOptions } from "./service-client";

export type { FetchLike } from "./service-client";
export type AgreementsClientOptions = ServiceClientOptions;

/** What went wrong calling the agreements service, with its problem when it answered one. */
export class AgreementsCallFailed extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    message: string,
  ) {
    super(message);
    this.name = "AgreementsCallFailed";
  }
}

/**
 * The agreements service's API as the mobility services use it: places (availability), agreements, partners and
 * quota usage. Every answer is validated against the agreements contracts; a refused usage keeps its problem so
 * the caller can explain it.
 */
export function createAgreementsClient(options: AgreementsClientOptions) {
  const call = serviceJsonCaller("agreements", options, (status, problem, message) => new AgreementsCallFailed(status, problem, message));
  const query = queryString;
  return {
    /** Sending conditions in force in the year (the places a mobility pole can fill). */
    availability: (params: { year: number; partnerId?: string; direction?: "sending" | "receiving"; eqf?: number; isced?: string }) =>
      call(z.array(Availability), `/availability${query(params)}`),
    agreementAvailability: (agreementId: string, year: number) => call(z.array(Availability), `/agreements/${agreementId}/availability${query({ year })}`),
    agreement: (id: string) => call(Agreement, `/agreements/${id}`),
    partner: (id: string) => call(Partner, `/partners/${id}`),
    recordUsage: (agreementId: string, body: z.input<typeof RecordUsage>) => call(Availability, `/agreements/${agreementId}/usage`, { method: "POST", body }),
  };
}
export type AgreementsClient = ReturnType<typeof createAgreementsClient>;
