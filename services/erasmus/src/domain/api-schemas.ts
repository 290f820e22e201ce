import { z } from "zod";
import { Id } from "@orbis/contracts/common";

export const IdParams = z.object({ id: Id });
