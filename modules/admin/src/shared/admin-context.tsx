import { createContext, useContext, type ReactNode } from "react";
import type { Principal } from "@orbis/contracts/identity";
import { hrefOf, type AdminRoute } from "../router/routes";

export interface AdminContextValue {
  /** The module's route prefix, e.g. "/admin". */
  basePath: string;
  /** Who is signed in (to spare them from deactivating themselves, for instance). */
  user: Principal;
}

const AdminContext = createContext<AdminContextValue | null>(null);

export function AdminContextProvider({ value, children }: { value: AdminContextValue; children?: ReactNode }) {
  return <AdminContext.Provider value={value}>{children}</AdminContext.Provider>;
}

export function useAdminContext(): AdminContextValue {
  const value = useContext(AdminContext);
  if (!value) throw new Error("useAdminContext() must be used inside the admin App");
  return value;
}

/** hrefOf bound to the module's base path. */
export function useHref(): (route: Exclude<AdminRoute, { name: "notFound" }>) => string {
  const { basePath } = useAdminContext();
  return (route) => hrefOf(route, basePath);
}
