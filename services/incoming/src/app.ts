import { auditRoutes, createLogger, createService, type Logger, type TokenVerifier } from "@orbis/service-kit";
import type { AgreementsClient } from "./clients/agreements";
import type { IncomingDatabase } from "./db/database";
import { audit } from "./db/schema/index";
import { courseRoutes } from "./routes/courses";
import { exportRoutes } from "./routes/exports";
import { gradeRoutes } from "./routes/grades";
import { learningAgreementRoutes } from "./routes/learning-agreements";
import { studentRoutes } from "./routes/students";
import { transcriptRoutes } from "./routes/transcripts";

export interface IncomingDeps {
  database: IncomingDatabase;
  verifier: TokenVerifier;
  agreements: AgreementsClient;
  logger?: Logger;
  now?: () => Date;
}

/** Uploaded documents (transcripts, passports, learning agreements) up to 10 MB, with multipart framing. */
const BODY_LIMIT_BYTES = 10 * 1024 * 1024 + 256 * 1024;

export function buildApp(deps: IncomingDeps) {
  const log = deps.logger ?? createLogger({ service: "incoming" });
  const service = createService({
    name: "incoming",
    title: "Orbis incoming mobility",
    description: "Nominations and applications of incoming students, admission, enrolment, arrival and departure, housing and follow-up.",
    verifier: deps.verifier,
    database: deps.database,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    logger: log,
  });
  const context = { db: deps.database.db, agreements: deps.agreements, now: deps.now ?? (() => new Date()) };
  // Each area mounts its route group here; fixed paths before parameterised ones.
  service.api.route("/", studentRoutes(context));
  service.api.route("/", courseRoutes(context));
  service.api.route("/", gradeRoutes(context));
  service.api.route("/", learningAgreementRoutes(context));
  service.api.route("/", transcriptRoutes(context));
  service.api.route("/", exportRoutes(context));
  service.api.route("/", auditRoutes(context.db, audit, { summary: "The incoming service's audit trail, newest first" }));
  return service;
}
