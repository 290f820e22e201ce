import { useEffect, useMemo, useState } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import type { ModuleAppProps } from "@orbis/microfrontend";
import { LocaleProvider, AnnouncerProvider, StatusRegion, usePageFocus } from "@orbis/ui/react";
import { createQueryClient } from "./api/query-client";
import { NotFoundPage } from "./NotFoundPage";
import { OutgoingNav } from "./OutgoingNav";
import { PAGES } from "./pages";
import { useLocation } from "./router/location";
import { matchRoute, type OutgoingRoute } from "./router/routes";
import { OutgoingContextProvider, useOutgoingContext } from "./shared/outgoing-context";
import "./outgoing.css";

export type OutgoingAppProps = Pick<ModuleAppProps, "basePath" | "locale" | "user">;

/** The outgoing module's root: one QueryClient per mount, the locale, the router and the success-message region. */
export function App({ basePath, locale, user }: OutgoingAppProps) {
  const [queryClient] = useState(createQueryClient);
  useEffect(() => () => queryClient.clear(), [queryClient]);
  const context = useMemo(() => ({ basePath, user }), [basePath, user]);
  return (
    <LocaleProvider locale={locale}>
      <QueryClientProvider client={queryClient}>
        <OutgoingContextProvider value={context}>
          <AnnouncerProvider>
            <OutgoingLayout />
          </AnnouncerProvider>
        </OutgoingContextProvider>
      </QueryClientProvider>
    </LocaleProvider>
  );
}

function OutgoingLayout() {
  const { basePath } = useOutgoingContext();
  const { pathname } = useLocation();
  const route = matchRoute(pathname, basePath);
  // After an in-module navigation, focus the new page's heading; a success message belongs to the page it was given on.
  const pageRef = usePageFocus(pathname);

  // Outside the base path single-spa is about to unmount the module: render nothing meanwhile.
  if (!route) return null;
  return (
    <div className="outgoing-layout">
      <OutgoingNav route={route} />
      <div ref={pageRef} className="outgoing-page">
        <StatusRegion />
        <CurrentPage route={route} />
      </div>
    </div>
  );
}

function CurrentPage({ route }: { route: OutgoingRoute }) {
  if (route.name === "notFound") return <NotFoundPage path={route.params.path} />;
  return PAGES[route.name](route.params);
}
