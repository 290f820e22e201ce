import { z } from "zod";
import { Id } from "@orbis/contracts/common";

export const IdParams = z.object({ id: Id });

/** The version the caller saw, for deletions (no body). */
export const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });
