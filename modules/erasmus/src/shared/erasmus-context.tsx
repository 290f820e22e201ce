import { createContext, useContext, type ReactNode } from "react";
import type { Principal } from "@orbis/contracts/identity";
import { ERASMUS_WRITERS } from "@orbis/contracts/erasmus";
import { hrefOf, type Params, type RouteName } from "../router/routes";

export interface ErasmusContextValue {
  /** The module's route prefix, e.g. "/erasmus". */
  basePath: string;
  /** Who is signed in: the Erasmus+ team or an administrator (they write), leadership or an analyst (they read). */
  user: Principal;
}

const ErasmusContext = createContext<ErasmusContextValue | null>(null);

export function ErasmusContextProvider({ value, children }: { value: ErasmusContextValue; children?: ReactNode }) {
  return <ErasmusContext.Provider value={value}>{children}</ErasmusContext.Provider>;
}

export function useErasmusContext(): ErasmusContextValue {
  const value = useContext(ErasmusContext);
  if (!value) throw new Error("useErasmusContext() must be used inside the Erasmus+ App");
  return value;
}

/** hrefOf bound to the module's base path. */
export function useHref(): (name: RouteName, params?: Params, query?: Record<string, string | number | undefined>) => string {
  const { basePath } = useErasmusContext();
  return (name, params = {}, query) => hrefOf(name, params, basePath, query);
}

/** True for the Erasmus+ team and administrators: they see the forms and actions; others read. */
export function useCanWrite(): boolean {
  const { user } = useErasmusContext();
  return user.roles.some((role) => (ERASMUS_WRITERS as readonly string[]).includes(role));
}
