import { createContext, useContext, type ReactNode } from "react";
import type { Principal } from "@orbis/contracts/identity";
import { hrefOf, type Params, type RouteName } from "../router/routes";

export interface GovernanceContextValue {
  /** The module's route prefix, e.g. "/governance". */
  basePath: string;
  /** Who is signed in: leadership and administrators write; the DRI's teams, analysts and coordinators read. */
  user: Principal;
}

const GovernanceContext = createContext<GovernanceContextValue | null>(null);

export function GovernanceContextProvider({ value, children }: { value: GovernanceContextValue; children?: ReactNode }) {
  return <GovernanceContext.Provider value={value}>{children}</GovernanceContext.Provider>;
}

export function useGovernanceContext(): GovernanceContextValue {
  const value = useContext(GovernanceContext);
  if (!value) throw new Error("useGovernanceContext() must be used inside the governance App");
  return value;
}

/** hrefOf bound to the module's base path. */
export function useHref(): (name: RouteName, params?: Params, query?: Record<string, string | number | undefined>) => string {
  const { basePath } = useGovernanceContext();
  return (name, params = {}, query) => hrefOf(name, params, basePath, query);
}

/** True for leadership and administrators: they write the policy; everyone else reads. */
export function useCanWrite(): boolean {
  const { user } = useGovernanceContext();
  return user.roles.some((role) => role === "leadership" || role === "admin");
}
