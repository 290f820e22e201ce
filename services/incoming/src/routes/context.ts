import type { Db } from "@orbis/db";
import type { AgreementsClient } from "../clients/agreements";

/** What every route group of the service needs. */
export interface RouteContext {
  db: Db;
  agreements: AgreementsClient;
  /** The clock (tests set it): deadlines, current academic year. */
  now: () => Date;
}
