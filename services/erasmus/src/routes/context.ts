import type { Db } from "@orbis/db";
import type { OutgoingClient } from "../clients/outgoing";

/** What every route group of the service needs. */
export interface RouteContext {
  db: Db;
  /** The outgoing service's API (student mobilities), called with the erasmus service token. */
  outgoing: OutgoingClient;
  /** The clock (tests set it). */
  now: () => Date;
}
