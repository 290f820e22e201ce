import { auditRoutes, createLogger, createService, type Logger, type TokenVerifier } from "@orbis/service-kit";
import type { AgreementsClient } from "./clients/agreements";
import type { OutgoingDatabase } from "./db/database";
import { audit } from "./db/schema/index";
import { coordinatorRoutes } from "./routes/coordinator";
import { ewpRoutes } from "./routes/ewp";
import { followUpRoutes } from "./routes/followup";
import { learningAgreementRoutes } from "./routes/learning-agreements";
import { mobilityRoutes } from "./routes/mobilities";
import { mobilityStatusRoutes } from "./routes/mobility-status";
import { mobilityWriteRoutes } from "./routes/mobility-writes";
import { aidRoutes } from "./routes/aids";
import { awardRoutes } from "./routes/awards";
import { erasmusRoutes } from "./routes/erasmus";
import { exportRoutes } from "./routes/exports";
import { gradeTableRoutes } from "./routes/grade-tables";
import { recognitionPdfRoutes } from "./routes/recognition-pdf";
import { recognitionRoutes } from "./routes/recognition";
import { allocationRoutes } from "./routes/allocation";
import { applicationDocumentRoutes } from "./routes/application-documents";
import { applicationImportRoutes } from "./routes/application-import";
import { applicationRoutes } from "./routes/applications";
import { callRoutes } from "./routes/calls";
import { destinationRoutes } from "./routes/destinations";
import { nominationDecisionRoutes } from "./routes/nomination-decisions";
import { nominationExportRoutes } from "./routes/nomination-exports";
import { nominationRoutes } from "./routes/nominations";
import { rankingRoutes } from "./routes/rankings";

export interface OutgoingDeps {
  database: OutgoingDatabase;
  verifier: TokenVerifier;
  agreements: AgreementsClient;
  logger?: Logger;
  now?: () => Date;
}

/** Uploaded documents (PDF, images) up to 10 MB, with multipart framing. */
const BODY_LIMIT_BYTES = 10 * 1024 * 1024 + 256 * 1024;

export function buildApp(deps: OutgoingDeps) {
  const log = deps.logger ?? createLogger({ service: "outgoing" });
  const service = createService({
    name: "outgoing",
    title: "Orbis outgoing mobility",
    description: "Calls, applications, selection and allocation, nominations, follow-up, learning agreements, recognition and mobility aid.",
    verifier: deps.verifier,
    database: deps.database,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    logger: log,
  });
  const context = { db: deps.database.db, agreements: deps.agreements, now: deps.now ?? (() => new Date()) };
  // Each area mounts its route group here; fixed paths before parameterised ones.
  service.api.route("/", mobilityRoutes(context));
  service.api.route("/", mobilityWriteRoutes(context));
  service.api.route("/", mobilityStatusRoutes(context));
  service.api.route("/", followUpRoutes(context));
  service.api.route("/", coordinatorRoutes(context));
  service.api.route("/", learningAgreementRoutes(context));
  service.api.route("/", ewpRoutes(context));
  service.api.route("/", recognitionPdfRoutes(context));
  service.api.route("/", recognitionRoutes(context));
  service.api.route("/", gradeTableRoutes(context));
  service.api.route("/", aidRoutes(context));
  service.api.route("/", awardRoutes(context));
  service.api.route("/", exportRoutes(context));
  service.api.route("/", erasmusRoutes(context));
  service.api.route("/", callRoutes(context));
  service.api.route("/", destinationRoutes(context));
  service.api.route("/", applicationRoutes(context));
  service.api.route("/", applicationImportRoutes(context));
  service.api.route("/", applicationDocumentRoutes(context));
  service.api.route("/", rankingRoutes(context));
  service.api.route("/", allocationRoutes(context));
  service.api.route("/", nominationRoutes(context));
  service.api.route("/", nominationDecisionRoutes(context));
  service.api.route("/", nominationExportRoutes(context));
  service.api.route("/", auditRoutes(context.db, audit, { summary: "The outgoing service's audit trail, newest first" }));
  return service;
}
