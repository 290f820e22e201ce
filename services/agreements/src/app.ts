import { MAX_DOCUMENT_BYTES } from "@orbis/contracts/agreements";
import { auditRoutes, createLogger, createService, type Logger, type TokenVerifier } from "@orbis/service-kit";
import type { AgreementsDatabase } from "./db/database";
import { audit } from "./db/schema";
import { agreementRoutes } from "./routes/agreements";
import { bulkRoutes } from "./routes/bulk";
import { ewpRoutes, type EwpHome } from "./routes/ewp";
import { exportRoutes } from "./routes/exports";
import { documentRoutes } from "./routes/documents";
import { lifecycleRoutes } from "./routes/lifecycle";
import { partnerRoutes } from "./routes/partners";
import { quotaRoutes } from "./routes/quotas";
import { statsRoutes } from "./routes/stats";

export interface AgreementsDeps {
  database: AgreementsDatabase;
  verifier: TokenVerifier;
  logger?: Logger;
  /** The clock deciding which agreements are expiring (tests set it). */
  now?: () => Date;
  /** The home institution in EWP documents (default: the demo universe's). */
  ewpHome?: EwpHome;
}

/** Multipart framing around the largest accepted document. */
const BODY_LIMIT_BYTES = MAX_DOCUMENT_BYTES + 256 * 1024;

export function buildApp(deps: AgreementsDeps) {
  const log = deps.logger ?? createLogger({ service: "agreements" });
  const service = createService({
    name: "agreements",
    title: "Orbis agreements",
    description: "Partner institutions, inter-institutional and cooperation agreements, their documents, quotas and EWP exchange.",
    verifier: deps.verifier,
    database: deps.database,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    logger: log,
  });
  const { db } = deps.database;
  const now = deps.now ?? (() => new Date());
  // Fixed paths (/agreements/expiring, /agreements/export...) are registered before /agreements/{id}.
  service.api.route("/", exportRoutes({ db }));
  service.api.route("/", lifecycleRoutes({ db, now }));
  service.api.route("/", partnerRoutes({ db }));
  service.api.route("/", agreementRoutes({ db }));
  service.api.route("/", documentRoutes({ db }));
  service.api.route("/", quotaRoutes({ db }));
  service.api.route("/", statsRoutes({ db }));
  service.api.route("/", ewpRoutes({ db, ...(deps.ewpHome ? { home: deps.ewpHome } : {}) }));
  service.api.route("/", bulkRoutes({ db }));
  service.api.route("/", auditRoutes(db, audit, { summary: "The agreements service's audit trail, newest first" }));
  return service;
}
