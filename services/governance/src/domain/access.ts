/** Leadership (the vice-presidency) and administrators write the international policy. */
export const WRITERS = ["leadership", "admin"] as const;
/** The DRI's pole teams and analysts read; coordinators read what concerns their departments. */
export const READERS = ["leadership", "admin", "erasmus", "incoming", "outgoing", "agreements", "analyst", "coordinator"] as const;
/** Readers of whole-university figures (no department scoping): coordinators excluded. */
export const STAFF_READERS = ["leadership", "admin", "erasmus", "incoming", "outgoing", "agreements", "analyst"] as const;
