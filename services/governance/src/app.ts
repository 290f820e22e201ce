import { auditRoutes, createLogger, createService, type AgreementsClient, type Logger, type TokenVerifier } from "@orbis/service-kit";
import type { AnalyticsClient } from "./clients/analytics";
import type { IdentityClient } from "./clients/identity";
import type { GovernanceDatabase } from "./db/database";
import { audit } from "./db/schema/index";
import { missionBudgetRoutes } from "./routes/mission-budgets";
import { missionExportRoutes } from "./routes/mission-exports";
import { missionRoutes } from "./routes/missions";
import { governanceExportRoutes } from "./routes/exports";
import { overviewRoutes } from "./routes/overview";
import { objectiveRoutes } from "./routes/objectives";
import { actionExportRoutes } from "./routes/action-exports";
import { commissionRoutes } from "./routes/commission";
import { documentRoutes } from "./routes/documents";
import { networkRoutes } from "./routes/network";
import { labelRoutes } from "./routes/labels";
import { membershipRoutes } from "./routes/memberships";
import { delegationRoutes } from "./routes/delegations";
import { scholarshipCallRoutes } from "./routes/scholarship-calls";
import { scholarshipCandidateRoutes } from "./routes/scholarship-candidates";
import { programmeRoutes } from "./routes/programmes";
import { equalOpportunityRoutes } from "./routes/equal-opportunity";
import { rankingExportRoutes } from "./routes/ranking-exports";
import { rankingRoutes } from "./routes/rankings";

export interface GovernanceDeps {
  database: GovernanceDatabase;
  verifier: TokenVerifier;
  agreements: AgreementsClient;
  analytics: AnalyticsClient;
  identity: IdentityClient;
  logger?: Logger;
  now?: () => Date;
}

/** Uploaded documents (PDF, office files) up to 10 MB, with multipart framing. */
const BODY_LIMIT_BYTES = 10 * 1024 * 1024 + 256 * 1024;

export function buildApp(deps: GovernanceDeps) {
  const log = deps.logger ?? createLogger({ service: "governance" });
  const service = createService({
    name: "governance",
    title: "Orbis governance",
    description:
      "International policy objectives, commission, coordinators' network, labels, network memberships, delegations, staff missions, strategic programmes, scholarships, rankings inputs and equal opportunity.",
    verifier: deps.verifier,
    database: deps.database,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    logger: log,
  });
  const context = { db: deps.database.db, agreements: deps.agreements, analytics: deps.analytics, identity: deps.identity, now: deps.now ?? (() => new Date()) };
  // Each area mounts its route group here (one line each); fixed paths before parameterised ones.
  service.api.route("/", overviewRoutes(context));
  service.api.route("/", objectiveRoutes(context));
  service.api.route("/", actionExportRoutes(context));
  service.api.route("/", commissionRoutes(context));
  service.api.route("/", documentRoutes(context));
  service.api.route("/", networkRoutes(context));
  service.api.route("/", labelRoutes(context));
  service.api.route("/", membershipRoutes(context));
  service.api.route("/", delegationRoutes(context));
  service.api.route("/", missionExportRoutes(context)).route("/", missionRoutes(context)).route("/", missionBudgetRoutes(context));
  service.api.route("/", rankingExportRoutes(context)).route("/", rankingRoutes(context));
  service.api.route("/", programmeRoutes(context));
  service.api.route("/", equalOpportunityRoutes(context));
  service.api.route("/", scholarshipCallRoutes(context)).route("/", scholarshipCandidateRoutes(context));
  service.api.route("/", governanceExportRoutes(context));
  service.api.route("/", auditRoutes(context.db, audit, { summary: "The governance service's audit trail, newest first" }));
  return service;
}
