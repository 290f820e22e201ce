import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { join, sep } from "node:path";
import { Readable } from "node:stream";
import { contentTypeOf } from "./content-types";

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

export interface StaticRoot {
  /** Directory the files are served from. */
  dir: string;
  /** Cache-Control for the file at these (decoded, validated) path segments. */
  cacheControl(segments: readonly string[]): string;
}

/**
 * Splits a raw (still percent-encoded) URL path into safe segments, or null when it tries to leave its root:
 * `..`/`.` segments (encoded or not), encoded slashes or backslashes, NUL bytes, empty segments, bad encodings.
 */
export function safeSegments(rawPath: string): string[] | null {
  if (rawPath === "") return null;
  const segments: string[] = [];
  for (const raw of rawPath.split("/")) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === "" || segment === "." || segment === ".." || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

export const notFound = () =>
  new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

async function resolveInside(root: string, segments: readonly string[]): Promise<string | null> {
  try {
    const realRoot = await realpath(root);
    const real = await realpath(join(realRoot, ...segments));
    // A symlink inside the store must not lead outside it.
    return real.startsWith(realRoot + sep) ? real : null;
  } catch {
    return null;
  }
}

/** Serves one file under `root`, with content type, caching headers and conditional GET; 404 for anything else. */
export async function serveStatic(root: StaticRoot, rawPath: string, request: Request): Promise<Response> {
  const segments = safeSegments(rawPath);
  if (!segments) return notFound();
  const path = await resolveInside(root.dir, segments);
  if (!path) return notFound();
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return notFound();

  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers: Record<string, string> = {
    "content-type": contentTypeOf(path),
    "cache-control": root.cacheControl(segments),
    etag,
    "last-modified": info.mtime.toUTCString(),
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  headers["content-length"] = String(info.size);
  if (request.method === "HEAD") return new Response(null, { status: 200, headers });
  const body = Readable.toWeb(createReadStream(path)) as unknown as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
}
