import type { Db } from "@orbis/db";
import { PART_ONE_OVERVIEWS } from "./area-overviews";
import { equalOpportunityOverview, missionsOverview, programmesOverview, rankingsOverview, scholarshipsOverview } from "./overview-areas-b";

/** One area's figures on the home page: how many records, and how many need attention now. */
export interface AreaOverview {
  area: string;
  count: (db: Db) => Promise<number>;
  alerts?: (db: Db, today: string) => Promise<number>;
}

/** Each area of the service adds its entry here (one line each). */
export const AREA_OVERVIEWS: AreaOverview[] = [
  ...PART_ONE_OVERVIEWS,
  missionsOverview,
  programmesOverview,
  scholarshipsOverview,
  rankingsOverview,
  equalOpportunityOverview,
];
