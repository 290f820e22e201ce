import type { Context } from "hono";

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The caller's address for throttling. Browsers reach identity through the shell server's proxy on the same
 * host, so the socket address is loopback: then the address the proxy appended last to X-Forwarded-For is
 * the client's (earlier entries are whatever the client sent and cannot be trusted). A direct, non-loopback
 * connection is taken as is. In-process requests (tests) have no socket and are treated like the proxy.
 */
export function clientAddress(c: Context): string {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket;
  const remote = socket?.remoteAddress;
  if (remote && !LOOPBACK.test(remote)) return remote;
  const forwarded = c.req.header("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || remote || "local";
}
