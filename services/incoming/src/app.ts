import { auditRoutes, createLogger, createService, type Logger, type TokenVerifier } from "@orbis/service-kit";
import type { AgreementsClient } from "./clients/agreements";
import type { IncomingDatabase } from "./db/database";
import { audit } from "./db/schema/index";
import { admissionDecisionRoutes } from "./routes/admission-decision";
import { applicationFileRoutes } from "./routes/application-file";
import { difficultyRoutes } from "./routes/difficulties";
import { nominationImportRoutes } from "./routes/nomination-import";
import { nominationRoutes } from "./routes/nominations";
import { presenceRoutes } from "./routes/presence";
import { registrationRoutes } from "./routes/registration";
import { stayRoutes } from "./routes/stay";
import { studentDocumentRoutes } from "./routes/student-documents";
import { cohortMemberRoutes } from "./routes/cohort-members";
import { frenchTestRoutes } from "./routes/french-tests";
import { housingAllocationRoutes } from "./routes/housing-allocations";
import { housingResidenceRoutes } from "./routes/housing-residences";
import { programmeRoutes } from "./routes/programmes";
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
  service.api.route("/", presenceRoutes(context));
  service.api.route("/", nominationImportRoutes(context));
  service.api.route("/", studentRoutes(context));
  service.api.route("/", nominationRoutes(context));
  service.api.route("/", studentDocumentRoutes(context));
  service.api.route("/", applicationFileRoutes(context));
  service.api.route("/", admissionDecisionRoutes(context));
  service.api.route("/", registrationRoutes(context));
  service.api.route("/", stayRoutes(context));
  service.api.route("/", difficultyRoutes(context));
  service.api.route("/", frenchTestRoutes(context));
  service.api.route("/", housingResidenceRoutes(context));
  service.api.route("/", housingAllocationRoutes(context));
  service.api.route("/", programmeRoutes(context));
  service.api.route("/", cohortMemberRoutes(context));
  service.api.route("/", courseRoutes(context));
  service.api.route("/", gradeRoutes(context));
  service.api.route("/", learningAgreementRoutes(context));
  service.api.route("/", transcriptRoutes(context));
  service.api.route("/", exportRoutes(context));
  service.api.route("/", auditRoutes(context.db, audit, { summary: "The incoming service's audit trail, newest first" }));
  return service;
}
