import { ERASMUS_READERS, ERASMUS_WRITERS } from "@orbis/contracts/erasmus";

/** The Erasmus+ team and administrators change records; leadership and analysts read them; others get 403. */
export const WRITE = { roles: ERASMUS_WRITERS };
export const READ = { roles: ERASMUS_READERS };
