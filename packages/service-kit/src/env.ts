import type { Principal } from "@orbis/contracts/identity";
import type { Logger } from "./logger";
import type { TokenVerifier } from "./auth/verifier";

/** Hono environment shared by every Orbis service. */
export interface ServiceEnv {
  Variables: {
    requestId: string;
    log: Logger;
    verifier: TokenVerifier;
    principal: Principal | undefined;
  };
}
