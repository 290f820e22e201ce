import { auditRoutes, createLogger, createService, type Logger, type TokenVerifier } from "@orbis/service-kit";
import type { OutgoingClient } from "./clients/outgoing";
import type { ErasmusDatabase } from "./db/database";
import { audit } from "./db/schema/index";
import { projectRoutes } from "./routes/projects";
import { projectWriteRoutes } from "./routes/project-writes";
import { projectReportRoutes } from "./routes/project-reports";
import { rateRoutes } from "./routes/rates";
import { syncRoutes } from "./routes/sync";
import { grantRoutes } from "./routes/grants";
import { paymentRoutes } from "./routes/payments";
import { staffMobilityRoutes } from "./routes/staff-mobilities";
import { staffGrantRoutes } from "./routes/staff-grants";
import { cooperationFollowUpRoutes } from "./routes/cooperation-follow-up";
import { cooperationRoutes } from "./routes/cooperation";
import { eventRoutes } from "./routes/events";
import { registrationRoutes } from "./routes/registrations";
import { interviewRoutes } from "./routes/interviews";
import { exportRoutes } from "./routes/exports";
import { grantExportRoutes } from "./routes/grant-exports";

export interface ErasmusDeps {
  database: ErasmusDatabase;
  verifier: TokenVerifier;
  outgoing: OutgoingClient;
  logger?: Logger;
  now?: () => Date;
}

export function buildApp(deps: ErasmusDeps) {
  const log = deps.logger ?? createLogger({ service: "erasmus" });
  const service = createService({
    name: "erasmus",
    title: "Orbis Erasmus+",
    description: "Mobility projects (KA131, KA171), grants and payments, Beneficiary Module export, staff mobilities, cooperation projects and communication.",
    verifier: deps.verifier,
    database: deps.database,
    logger: log,
  });
  const context = { db: deps.database.db, outgoing: deps.outgoing, now: deps.now ?? (() => new Date()) };
  // Each area mounts its route groups here (one line per group); fixed paths before parameterised ones.
  service.api.route("/", projectRoutes(context));
  service.api.route("/", projectWriteRoutes(context));
  service.api.route("/", projectReportRoutes(context));
  service.api.route("/", rateRoutes(context));
  service.api.route("/", syncRoutes(context));
  service.api.route("/", grantRoutes(context));
  service.api.route("/", paymentRoutes(context));
  service.api.route("/", staffMobilityRoutes(context));
  service.api.route("/", staffGrantRoutes(context));
  service.api.route("/", cooperationFollowUpRoutes(context));
  service.api.route("/", cooperationRoutes(context));
  service.api.route("/", eventRoutes(context));
  service.api.route("/", registrationRoutes(context));
  service.api.route("/", interviewRoutes(context));
  service.api.route("/", exportRoutes(context));
  service.api.route("/", grantExportRoutes(context));
  service.api.route("/", auditRoutes(context.db, audit, { summary: "The Erasmus+ service's audit trail, newest first" }));
  return service;
}
