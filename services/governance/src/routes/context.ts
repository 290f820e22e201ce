import type { Db } from "@orbis/db";
import type { AgreementsClient } from "@orbis/service-kit";
import type { AnalyticsClient } from "../clients/analytics";
import type { IdentityClient } from "../clients/identity";

/** What every route group of the service needs. */
export interface RouteContext {
  db: Db;
  agreements: AgreementsClient;
  analytics: AnalyticsClient;
  identity: IdentityClient;
  /** The clock (tests set it): overdue actions, renewal alerts. */
  now: () => Date;
}
