import { z } from "zod";
import { Agreement, Availability, Partner, type RecordUsage } from "@orbis/contracts/agreements";
import { Problem } from "@orbis/contracts/common";
import { HttpProblem } from "../problem";

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface AgreementsClientOptions {
  /** e.g. http://127.0.0.1:4106 (AGREEMENTS_URL). */
  baseUrl: string;
  /** A service token (client credentials) for the calling service. */
  token: () => Promise<string>;
  fetch?: FetchLike;
}

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
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  async function call<T extends z.ZodTypeAny>(schema: T, path: string, init: { method?: string; body?: unknown } = {}): Promise<z.infer<T>> {
    let response: Response;
    try {
      response = await doFetch(new URL(`/api/agreements${path}`, options.baseUrl).toString(), {
        method: init.method ?? "GET",
        headers: { authorization: `Bearer ${await options.token()}`, ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      throw new HttpProblem("bad_gateway", `The agreements service cannot be reached: ${(error as Error).message}`);
    }
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      const problem = Problem.safeParse(json);
      throw new AgreementsCallFailed(response.status, problem.success ? problem.data : undefined, problem.success ? (problem.data.detail ?? problem.data.title) : `HTTP ${response.status}`);
    }
    return schema.parse(json);
  }
  const query = (params: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
    return search.size ? `?${search}` : "";
  };
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
