import { useEffect, useMemo, useState } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import type { ModuleAppProps } from "@orbis/microfrontend";
import { LocaleProvider, AnnouncerProvider, StatusRegion, usePageFocus } from "@orbis/ui/react";
import { AdminNav } from "./AdminNav";
import { createQueryClient } from "./api/query-client";
import { AuditPage } from "./audit/AuditPage";
import { DepartmentsPage } from "./departments/DepartmentsPage";
import { ModulePage } from "./modules/ModulePage";
import { ModulesPage } from "./modules/ModulesPage";
import { NotFoundPage } from "./NotFoundPage";
import { useLocation } from "./router/location";
import { matchRoute, type AdminRoute } from "./router/routes";
import { AdminContextProvider, useAdminContext } from "./shared/admin-context";
import { UserPage } from "./users/UserPage";
import { UsersPage } from "./users/UsersPage";
import "./admin.css";

export type AdminAppProps = Pick<ModuleAppProps, "basePath" | "locale" | "user">;

/** The admin module's root: one QueryClient per mount, the locale, the router and the success-message region. */
export function App({ basePath, locale, user }: AdminAppProps) {
  const [queryClient] = useState(createQueryClient);
  useEffect(() => () => queryClient.clear(), [queryClient]);
  const context = useMemo(() => ({ basePath, user }), [basePath, user]);
  return (
    <LocaleProvider locale={locale}>
      <QueryClientProvider client={queryClient}>
        <AdminContextProvider value={context}>
          <AnnouncerProvider>
            <AdminLayout />
          </AnnouncerProvider>
        </AdminContextProvider>
      </QueryClientProvider>
    </LocaleProvider>
  );
}

function AdminLayout() {
  const { basePath } = useAdminContext();
  const { pathname } = useLocation();
  const route = matchRoute(pathname, basePath);
  // After an in-module navigation, focus the new page's heading; a success message belongs to the page it was given on.
  const pageRef = usePageFocus(pathname);

  // Outside the base path single-spa is about to unmount the module: render nothing meanwhile.
  if (!route) return null;
  return (
    <div className="admin-layout">
      <AdminNav route={route} />
      <div ref={pageRef} className="admin-page">
        <StatusRegion />
        <CurrentPage route={route} />
      </div>
    </div>
  );
}

function CurrentPage({ route }: { route: AdminRoute }) {
  switch (route.name) {
    case "users":
      return <UsersPage />;
    case "user":
      return <UserPage key={route.id} id={route.id} />;
    case "departments":
      return <DepartmentsPage />;
    case "modules":
      return <ModulesPage />;
    case "module":
      return <ModulePage key={route.moduleName} name={route.moduleName} />;
    case "audit":
      return <AuditPage />;
    case "notFound":
      return <NotFoundPage path={route.path} />;
  }
}
