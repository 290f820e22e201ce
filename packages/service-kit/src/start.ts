import { serve, type ServerType } from "@hono/node-server";
import type { Service } from "./create-service";

/**
 * Serves the app and shuts down gracefully on SIGTERM/SIGINT: stop accepting, let in-flight requests
 * finish (up to `graceMs`), then run `onShutdown` (close the database).
 */
export function startService(
  service: Service,
  options: { port: number; hostname?: string; onShutdown?: () => Promise<void>; graceMs?: number },
): Promise<ServerType> {
  return new Promise((resolve) => {
    const server = serve({ fetch: service.root.fetch, port: options.port, hostname: options.hostname ?? "127.0.0.1" }, (info) => {
      service.log.info("listening", { port: info.port, hostname: options.hostname ?? "127.0.0.1" });
      resolve(server);
    });
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      service.log.info("shutting down", { signal });
      const force = setTimeout(() => process.exit(1), options.graceMs ?? 10_000);
      force.unref();
      server.close(async () => {
        await options.onShutdown?.();
        service.log.info("stopped");
        process.exit(0);
      });
      if ("closeIdleConnections" in server) (server as { closeIdleConnections: () => void }).closeIdleConnections();
    };
    process.once("SIGTERM", () => stop("SIGTERM"));
    process.once("SIGINT", () => stop("SIGINT"));
  });
}
