import type { AdminMessageKey, Translate } from "../i18n";

/**
 * The services' field messages are English sentences from one list (identity's checks); the ones an admin meets in
 * these forms are translated, any other is shown as the service wrote it.
 */
const KNOWN_MESSAGES: Record<string, AdminMessageKey> = {
  "At least 12 characters": "server.passwordShort",
  "At most 256 characters": "server.passwordLong",
  "Too few different characters": "server.passwordVariety",
  "Must not contain your name or email": "server.passwordPersonal",
  "Too common": "server.passwordCommon",
  "A coordinator needs at least one department scope": "server.scopesNeeded",
  "Department scopes only apply to the coordinator role": "server.scopesOnlyCoordinator",
  "Already used by another account": "validation.emailTaken",
  "Already used by another department": "validation.codeTaken",
};

export function localizeServerMessage(t: Translate, message: string): string {
  const key = KNOWN_MESSAGES[message];
  return key ? t(key) : message;
}
