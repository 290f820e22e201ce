import { serve } from "@hono/node-server";
import { sharedDepsDistDir } from "@orbis/shared-deps";
import { uiCssFiles } from "@orbis/ui";
import { createShellApp } from "./app";
import { configFromEnv } from "./config";
import { createLogger } from "./logger";

const log = createLogger(process.env.LOG_LEVEL);
const config = configFromEnv(process.env, { sharedDir: sharedDepsDistDir, uiCssFiles });
const app = createShellApp(config, { log });

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  log.info("listening", { url: `http://${config.host}:${info.port}`, staticDir: config.staticDir, services: config.serviceUrls });
});
server.on("error", (error) => {
  log.error("cannot listen", { port: config.port, host: config.host, error: String(error) });
  process.exit(1);
});

let stopping = false;
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info("shutting down", { signal });
  // In-flight requests get 10 s; idle keep-alive sockets are closed at once so close() can complete.
  setTimeout(() => process.exit(1), 10_000).unref();
  server.close(() => {
    log.info("stopped");
    process.exit(0);
  });
  if ("closeIdleConnections" in server) server.closeIdleConnections();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
