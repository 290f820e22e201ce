import type { Db } from "@orbis/db";

/** What every route group of the service needs. */
export interface RouteContext {
  db: Db;
}
