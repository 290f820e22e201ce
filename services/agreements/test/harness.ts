import { apiCaller, createTestDatabase, createTestSigner, principalFor } from "@orbis/test-kit";
import { buildApp } from "../src/app";
import { MIGRATIONS_FOLDER, SCHEMA_NAME } from "../src/db/database";
import { schema } from "../src/db/schema";

/** The agreements service on a fresh test database (PGlite, or PostgreSQL with TEST_DATABASE_URL). */
export async function startAgreements(options: { now?: () => Date } = {}) {
  process.env.LOG_LEVEL = "silent";
  const signer = await createTestSigner();
  const database = await createTestDatabase({ schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema });
  const service = buildApp({ database, verifier: signer.verifier, ...(options.now ? { now: options.now } : {}) });
  const call = apiCaller(service.root, "/api/agreements");
  const tokenFor = (role: string, departments: string[] = []) => signer.sign(principalFor(role, departments));
  return {
    signer,
    database,
    db: database.db,
    service,
    call,
    tokenFor,
    /** Raw request (multipart uploads, XML bodies). */
    request: (path: string, init: RequestInit) => service.root.request(`/api/agreements${path}`, init),
    close: () => database.close(),
  };
}
export type Harness = Awaited<ReturnType<typeof startAgreements>>;

export const paths = (problem: { errors?: Array<{ path: string }> }) => (problem.errors ?? []).map((e) => e.path).sort();

let counter = 0;
/** A valid partner body, unique per call. */
export function partnerBody(overrides: Record<string, unknown> = {}) {
  counter += 1;
  const n = String(counter).padStart(2, "0");
  return {
    name: `Universität Teststadt ${n}`,
    nameLatin: `University of Teststadt ${n}`,
    countryCode: "DE",
    city: "Teststadt",
    erasmusCode: `D  TESTST${n}`,
    schacCode: `uni-test${n}.de`,
    website: `https://uni-test${n}.de/`,
    networks: ["UNICA"],
    contacts: [{ role: "International office", email: `io@uni-test${n}.de` }],
    ...overrides,
  };
}

/** A valid agreement body for the partners. */
export function agreementBody(partnerIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    type: "erasmus-iia",
    title: "Erasmus+ KA131 test agreement",
    partnerIds,
    departments: ["CHINESE"],
    startYear: 2024,
    endYear: 2027,
    conditions: [
      { direction: "sending", mobilityType: "student-studies", places: 2, totalMonths: 10, iscedCodes: ["0231"], eqfLevels: [6, 7] },
      { direction: "receiving", mobilityType: "student-studies", places: 3, totalMonths: 15, iscedCodes: ["0231"], eqfLevels: [6] },
    ],
    ...overrides,
  };
}
