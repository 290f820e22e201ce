import { apiCaller, createTestDatabase, inProcessFetch, principalFor } from "@orbis/test-kit";
import { startOutgoing } from "@orbis/outgoing-service/test/harness";
import { buildApp } from "../src/app";
import { createOutgoingClient } from "../src/clients/outgoing";
import { ERASMUS_DATABASE } from "../src/db/database";

/**
 * The Erasmus+ service and the real outgoing service it reads student mobilities from (itself with the real
 * agreements service), each on its own fresh test database (PGlite, or PostgreSQL with TEST_DATABASE_URL), signed by
 * one test identity. Erasmus reaches outgoing through its HTTP API with a service token; only the network hop is in-process.
 */
export async function startErasmus(options: { now?: () => Date } = {}) {
  const [outgoing, database] = await Promise.all([startOutgoing(options), createTestDatabase(ERASMUS_DATABASE)]);
  const outgoingClient = createOutgoingClient({
    baseUrl: "http://outgoing.test",
    token: () => outgoing.signer.sign(principalFor("service")),
    fetch: inProcessFetch(outgoing.service.root),
  });
  const service = buildApp({ database, verifier: outgoing.signer.verifier, outgoing: outgoingClient, ...(options.now ? { now: options.now } : {}) });
  return {
    database,
    db: database.db,
    service,
    call: apiCaller(service.root, "/api/erasmus"),
    tokenFor: outgoing.tokenFor,
    /** The outgoing service (and through it agreements), called as their teams would. */
    outgoing,
    request: (path: string, init: RequestInit) => service.root.request(`/api/erasmus${path}`, init),
    close: () => Promise.all([database.close(), outgoing.close()]).then(() => undefined),
  };
}
export type Harness = Awaited<ReturnType<typeof startErasmus>>;

export const paths = (problem: { errors?: Array<{ path: string }> }) => (problem.errors ?? []).map((e) => e.path).sort();
