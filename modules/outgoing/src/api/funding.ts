import type { z } from "zod";
import { requestJson } from "@orbis/contracts/http";
import type { ChangeAwardStatus} from "@orbis/contracts/outgoing";
import { Aid, AidAward, AidList, AidEligibilityList, MobilityFunding, type AidInput, type AidUpdate } from "@orbis/contracts/outgoing";
import { BASE } from "./outgoing";

const mobilityPath = (id: string) => `${BASE}/mobilities/${encodeURIComponent(id)}`;

/** Mobility aids (AMI, regional and university grants) and their awards. */
export const aidsApi = {
  list: (academicYear: number | undefined, signal?: AbortSignal) => requestJson(AidList, `${BASE}/aids`, { query: { academicYear }, signal }),
  create: (body: AidInput) => requestJson(Aid, `${BASE}/aids`, { method: "POST", body }),
  update: (id: string, body: AidUpdate) => requestJson(Aid, `${BASE}/aids/${encodeURIComponent(id)}`, { method: "PUT", body }),
};

export const awardsApi = {
  funding: (mobilityId: string, signal?: AbortSignal) => requestJson(MobilityFunding, `${mobilityPath(mobilityId)}/funding`, { signal }),
  eligibility: (mobilityId: string, signal?: AbortSignal) => requestJson(AidEligibilityList, `${mobilityPath(mobilityId)}/aid-eligibility`, { signal }),
  award: (mobilityId: string, aidId: string) => requestJson(AidAward, `${mobilityPath(mobilityId)}/aid-awards`, { method: "POST", body: { aidId } }),
  changeStatus: (awardId: string, body: z.input<typeof ChangeAwardStatus>) => requestJson(AidAward, `${BASE}/aid-awards/${encodeURIComponent(awardId)}/status`, { method: "POST", body }),
};
