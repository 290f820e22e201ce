import { createAgreementsClient } from "@orbis/service-kit";
import { apiCaller, createTestDatabase, inProcessFetch, principalFor, type createTestSigner } from "@orbis/test-kit";
import { buildApp } from "../src/app";
import { MIGRATIONS_FOLDER, SCHEMA_NAME } from "../src/db/database";
import { schema } from "../src/db/schema";

/**
 * The real agreements service on its own fresh test database, for the harness of a service that calls it: the
 * caller's client reaches it through its HTTP API with a service token, as in production; only the network hop is
 * in-process.
 */
export async function agreementsInProcess(signer: Awaited<ReturnType<typeof createTestSigner>>) {
  const database = await createTestDatabase({ schemaName: SCHEMA_NAME, migrationsFolder: MIGRATIONS_FOLDER, schema });
  const service = buildApp({ database, verifier: signer.verifier });
  const client = createAgreementsClient({
    baseUrl: "http://agreements.test",
    token: () => signer.sign(principalFor("service")),
    fetch: inProcessFetch(service.root),
  });
  return {
    client,
    /** The agreements service, called as its own team would (to create partners, agreements, conditions). */
    call: apiCaller(service.root, "/api/agreements"),
    db: database.db,
    close: () => database.close(),
  };
}
