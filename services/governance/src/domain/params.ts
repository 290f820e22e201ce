import { Id } from "@orbis/contracts/common";
import { z } from "zod";

export const IdParams = z.object({ id: Id });
