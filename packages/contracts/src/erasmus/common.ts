import { z } from "zod";
import { Cents, CountryCode, IsoDate } from "../outgoing/index";

export { Cents, CountryCode, IsoDate };

/** Who may change Erasmus+ records, and who may read them. */
export const ERASMUS_WRITERS = ["erasmus", "admin"] as const;
export const ERASMUS_READERS = ["erasmus", "admin", "leadership", "analyst"] as const;

/** Erasmus+ key action 1 mobility projects: KA131 (programme countries) and KA171 (partner countries). */
export const PROJECT_ACTIONS = ["KA131", "KA171"] as const;
export const ProjectAction = z.enum(PROJECT_ACTIONS);
export type ProjectAction = z.infer<typeof ProjectAction>;

/** An Erasmus+ call year (the year the grant agreement was applied for). */
export const CallYear = z.coerce.number().int().min(2014).max(2100);

/** Paging every list shares. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};
