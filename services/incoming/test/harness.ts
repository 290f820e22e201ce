import { apiCaller, createTestDatabase, createTestSigner, principalFor } from "@orbis/test-kit";
import { agreementsInProcess } from "@orbis/agreements-service/test/in-process";
import { buildApp } from "../src/app";
import { INCOMING_DATABASE } from "../src/db/database";

/**
 * The incoming service and the real agreements service it calls, each on its own fresh test database (PGlite, or
 * PostgreSQL with TEST_DATABASE_URL), signed by one test identity. Incoming reaches agreements through its HTTP
 * API with a service token, as in production; only the network hop is in-process.
 */
export async function startIncoming(options: { now?: () => Date } = {}) {
  process.env.LOG_LEVEL = "silent";
  const signer = await createTestSigner();
  const [database, agreementsService] = await Promise.all([createTestDatabase(INCOMING_DATABASE), agreementsInProcess(signer)]);
  const service = buildApp({ database, verifier: signer.verifier, agreements: agreementsService.client, ...(options.now ? { now: options.now } : {}) });
  const call = apiCaller(service.root, "/api/incoming");
  const tokenFor = (role: string, departments: string[] = []) => signer.sign(principalFor(role, departments));
  return {
    signer,
    database,
    db: database.db,
    service,
    call,
    tokenFor,
    /** The agreements service, called as its own team would (to create partners, agreements, conditions). */
    agreements: agreementsService.call,
    agreementsDb: agreementsService.db,
    /** Raw request (multipart uploads, PDFs, XML). */
    request: (path: string, init: RequestInit) => service.root.request(`/api/incoming${path}`, init),
    close: () => Promise.all([database.close(), agreementsService.close()]).then(() => undefined),
  };
}
export type Harness = Awaited<ReturnType<typeof startIncoming>>;

export const paths = (problem: { errors?: Array<{ path: string }> }) => (problem.errors ?? []).map((e) => e.path).sort();

let counter = 0;
/**
 * A partner and an Erasmus+ agreement (departments CHINESE and LAW, 2024-2028) with receiving places for studies
 * (bachelor and master, languages ISCED 0231) created through the agreements API, made active. Returns their ids.
 */
export async function seedAgreement(h: Harness, overrides: { places?: number; departments?: string[]; countryCode?: string } = {}) {
  counter += 1;
  const n = String(counter).padStart(2, "0");
  const token = await h.tokenFor("agreements");
  const partner = await h.agreements("POST", "/partners", {
    token,
    body: {
      name: `Universität Teststadt ${n}`,
      nameLatin: `University of Teststadt ${n}`,
      countryCode: overrides.countryCode ?? "DE",
      city: "Teststadt",
      erasmusCode: `D  TESTST${n}`,
      schacCode: `uni-test${n}.de`,
    },
  });
  const agreement = await h.agreements("POST", "/agreements", {
    token,
    body: {
      type: "erasmus-iia",
      title: `Erasmus+ KA131 Teststadt ${n}`,
      partnerIds: [partner.json.id],
      departments: overrides.departments ?? ["CHINESE", "LAW"],
      startYear: 2024,
      endYear: 2028,
      conditions: [
        { direction: "sending", mobilityType: "student-studies", places: 2, totalMonths: 10, iscedCodes: ["0231"], eqfLevels: [6, 7] },
        { direction: "receiving", mobilityType: "student-studies", places: overrides.places ?? 2, totalMonths: 10, iscedCodes: ["0231"], eqfLevels: [6, 7] },
      ],
    },
  });
  let version = agreement.json.version as number;
  for (const status of ["negotiation", "signed-one-side", "active"]) {
    const moved = await h.agreements("POST", `/agreements/${agreement.json.id}/status`, { token, body: { version, status } });
    version = moved.json.version as number;
  }
  const receiving = (agreement.json.conditions as Array<{ id: string; direction: string }>).find((c) => c.direction === "receiving")!;
  return { partnerId: partner.json.id as string, agreementId: agreement.json.id as string, conditionId: receiving.id };
}
