import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, normalize } from "node:path";

export interface TestServer {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = { ".js": "text/javascript", ".json": "application/json", ".html": "text/html" };

/** Serves `/shared/<file>` from distDir and the given HTML pages on 127.0.0.1 (random port). */
export async function serveSharedDeps(distDir: string, pages: Record<string, string>): Promise<TestServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    const page = pages[path];
    if (page !== undefined) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
      return;
    }
    const file = path.startsWith("/shared/") ? normalize(path.slice("/shared/".length)) : "";
    if (!file || file.startsWith("..") || file.includes("/")) {
      response.writeHead(404).end();
      return;
    }
    readFile(join(distDir, file)).then(
      (content) => {
        const type = TYPES[file.slice(file.lastIndexOf("."))] ?? "application/octet-stream";
        response.writeHead(200, { "content-type": type }).end(content);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
