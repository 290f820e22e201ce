import { resolveDataDir } from "@orbis/db";

/** Standard service settings from the environment. */
export function serviceConfig(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env) {
  const port = Number(env.PORT ?? defaultPort);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    name,
    port,
    hostname: env.HOST ?? "127.0.0.1",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolveDataDir(name, env),
    identityUrl: env.IDENTITY_URL ?? "http://127.0.0.1:4101",
    demo: env.ORBIS_DEMO === "1" || env.ORBIS_DEMO === "true",
  };
}
