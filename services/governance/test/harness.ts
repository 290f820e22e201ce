import { apiCaller, createTestDatabase, createTestSigner, principalFor } from "@orbis/test-kit";
import { agreementsInProcess } from "@orbis/agreements-service/test/in-process";
import { createServiceClient } from "@orbis/identity-service/src/accounts/service-client";
import { startIdentity, testDatabase as identityTestDatabase } from "@orbis/identity-service/test/helpers";
import { serviceTokenProvider } from "@orbis/service-kit";
import { buildApp } from "../src/app";
import { createAnalyticsClient } from "../src/clients/analytics";
import { createIdentityClient } from "../src/clients/identity";
import { GOVERNANCE_DATABASE } from "../src/db/database";
import { analyticsDouble } from "./analytics-double";

/**
 * The governance service and the real agreements and identity services it calls, each on its own fresh test database (PGlite, or
 * PostgreSQL with TEST_DATABASE_URL), signed by one test identity; only the network hop is in-process.
 */
export async function startGovernance(options: { now?: () => Date } = {}) {
  process.env.LOG_LEVEL = "silent";
  const signer = await createTestSigner();
  const [database, agreementsService, identityDatabase] = await Promise.all([
    createTestDatabase(GOVERNANCE_DATABASE),
    agreementsInProcess(signer),
    identityTestDatabase(),
  ]);
  // The real identity service, which signs its own tokens: governance gets one with its client credentials.
  const identityApp = await startIdentity(identityDatabase);
  const identityFetch = (url: string, init?: RequestInit) => Promise.resolve(identityApp.service.root.request(url, init));
  const { secret } = await createServiceClient(identityDatabase.db, { clientId: "governance-service", roles: ["service"] });
  const identityToken = serviceTokenProvider({ identityUrl: "http://identity.test", clientId: "governance-service", clientSecret: secret, fetch: identityFetch });
  const identity = createIdentityClient({ baseUrl: "http://identity.test", token: identityToken, fetch: identityFetch });
  const serviceToken = () => signer.sign(principalFor("service"));
  const analyticsFigures = analyticsDouble();
  const analytics = createAnalyticsClient({ baseUrl: "http://analytics.test", token: serviceToken, fetch: analyticsFigures.fetch });
  const service = buildApp({ database, verifier: signer.verifier, agreements: agreementsService.client, analytics, identity, ...(options.now ? { now: options.now } : {}) });
  const call = apiCaller(service.root, "/api/governance");
  const tokenFor = (role: string, departments: string[] = []) => signer.sign(principalFor(role, departments));
  return {
    signer,
    database,
    db: database.db,
    service,
    call,
    tokenFor,
    analyticsFigures,
    /** The identity service's database, to add departments and coordinators. */
    identityDb: identityDatabase,
    /** The agreements service, called as its own team would (to create partners and agreements). */
    agreements: agreementsService.call,
    /** Raw request (multipart uploads, exports). */
    request: (path: string, init: RequestInit) => service.root.request(`/api/governance${path}`, init),
    close: () => Promise.all([database.close(), agreementsService.close(), identityDatabase.close()]).then(() => undefined),
  };
}
export type Harness = Awaited<ReturnType<typeof startGovernance>>;

export const paths = (problem: { errors?: Array<{ path: string }> }) => (problem.errors ?? []).map((e) => e.path).sort();
