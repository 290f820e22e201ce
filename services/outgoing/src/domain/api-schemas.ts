import { z } from "zod";
import { Id } from "@orbis/contracts/common";

export const IdParams = z.object({ id: Id });
export const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });
