import { z } from "zod";
import { Id } from "@orbis/contracts/common";

export const IdParams = z.object({ id: Id });

/** The step's version the uploader saw (multipart bodies carry no JSON). */
export const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });
