import { useEffect, useMemo, useState } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import type { ModuleAppProps } from "@orbis/microfrontend";
import { AnnouncerProvider, LocaleProvider, StatusRegion, usePageFocus } from "@orbis/ui/react";
import { createQueryClient } from "./api/query-client";
import { GovernanceNav } from "./GovernanceNav";
import { NotFoundPage } from "./NotFoundPage";
import { PAGES } from "./pages";
import { useLocation } from "./router/location";
import { matchRoute } from "./router/routes";
import { GovernanceContextProvider, useGovernanceContext } from "./shared/governance-context";
import "./governance.css";

export type GovernanceAppProps = Pick<ModuleAppProps, "basePath" | "locale" | "user">;

/** The governance module's root: one QueryClient per mount (nothing cached outlives a user), locale, router, announcer. */
export function App({ basePath, locale, user }: GovernanceAppProps) {
  const [queryClient] = useState(createQueryClient);
  useEffect(() => () => queryClient.clear(), [queryClient]);
  const context = useMemo(() => ({ basePath, user }), [basePath, user]);
  return (
    <LocaleProvider locale={locale}>
      <QueryClientProvider client={queryClient}>
        <GovernanceContextProvider value={context}>
          <AnnouncerProvider>
            <GovernanceLayout />
          </AnnouncerProvider>
        </GovernanceContextProvider>
      </QueryClientProvider>
    </LocaleProvider>
  );
}

function GovernanceLayout() {
  const { basePath } = useGovernanceContext();
  const { pathname } = useLocation();
  const pageRef = usePageFocus(pathname);
  const route = matchRoute(pathname, basePath);
  // Outside the base path single-spa is about to unmount the module: render nothing meanwhile.
  if (!route) return null;
  return (
    <div className="gov-layout">
      <GovernanceNav route={route} />
      <div ref={pageRef} className="gov-page">
        <StatusRegion />
        {route.name === "notFound" ? <NotFoundPage path={route.params.path} /> : PAGES[route.name](route.params)}
      </div>
    </div>
  );
}
