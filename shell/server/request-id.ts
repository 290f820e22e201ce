import { randomUUID } from "node:crypto";

const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Keeps a caller's well-formed x-request-id (so one id follows a request across tiers), else makes one. */
export function requestIdFrom(header: string | undefined): string {
  return header && ACCEPTED_REQUEST_ID.test(header) ? header : randomUUID();
}
