import { useEffect, useMemo, useState } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import type { ModuleAppProps } from "@orbis/microfrontend";
import { AnnouncerProvider, LocaleProvider, StatusRegion, useLocation, usePageFocus } from "@orbis/ui/react";
import { createQueryClient } from "./api/query-client";
import { ErasmusNav } from "./ErasmusNav";
import { NotFoundPage } from "./NotFoundPage";
import { PAGES } from "./pages";
import { matchRoute } from "./router/routes";
import { ErasmusContextProvider, useErasmusContext } from "./shared/erasmus-context";
import "./erasmus.css";

export type ErasmusAppProps = Pick<ModuleAppProps, "basePath" | "locale" | "user">;

/** The Erasmus+ module's root: one QueryClient per mount, the locale, the router and the success-message region. */
export function App({ basePath, locale, user }: ErasmusAppProps) {
  const [queryClient] = useState(createQueryClient);
  useEffect(() => () => queryClient.clear(), [queryClient]);
  const context = useMemo(() => ({ basePath, user }), [basePath, user]);
  return (
    <LocaleProvider locale={locale}>
      <QueryClientProvider client={queryClient}>
        <ErasmusContextProvider value={context}>
          <AnnouncerProvider>
            <ErasmusLayout />
          </AnnouncerProvider>
        </ErasmusContextProvider>
      </QueryClientProvider>
    </LocaleProvider>
  );
}

function ErasmusLayout() {
  const { basePath } = useErasmusContext();
  const { pathname } = useLocation();
  const route = matchRoute(pathname, basePath);
  const pageRef = usePageFocus(pathname);

  if (!route) return null;
  return (
    <div className="erasmus-layout">
      <ErasmusNav route={route} />
      <div ref={pageRef} className="erasmus-page">
        <StatusRegion />
        {route.name === "notFound" ? <NotFoundPage path={route.params.path} /> : PAGES[route.name](route.params)}
      </div>
    </div>
  );
}
