import { createContext, useContext, type ReactNode } from "react";
import type { Principal } from "@orbis/contracts/identity";
import { hrefOf, type Params, type RouteName } from "../router/routes";

export interface OutgoingContextValue {
  /** The module's route prefix, e.g. "/outgoing". */
  basePath: string;
  /** Who is signed in: the outgoing team, an administrator, or a coordinator (their departments only). */
  user: Principal;
}

const OutgoingContext = createContext<OutgoingContextValue | null>(null);

export function OutgoingContextProvider({ value, children }: { value: OutgoingContextValue; children?: ReactNode }) {
  return <OutgoingContext.Provider value={value}>{children}</OutgoingContext.Provider>;
}

export function useOutgoingContext(): OutgoingContextValue {
  const value = useContext(OutgoingContext);
  if (!value) throw new Error("useOutgoingContext() must be used inside the outgoing App");
  return value;
}

/** hrefOf bound to the module's base path. */
export function useHref(): (name: RouteName, params?: Params, query?: Record<string, string | number | undefined>) => string {
  const { basePath } = useOutgoingContext();
  return (name, params = {}, query) => hrefOf(name, params, basePath, query);
}

/** True for the outgoing team and administrators (they write everything); coordinators act on their departments. */
export function useIsStaff(): boolean {
  const { user } = useOutgoingContext();
  return user.roles.some((role) => role === "outgoing" || role === "admin");
}
