import { useSyncExternalStore } from "react";

/** Fired by navigate(): outside single-spa (tests, a module served alone) pushState alone notifies nobody. */
const NAVIGATE_EVENT = "orbis:navigate";
/** single-spa fires it after every reroute, including the ones its patched pushState triggers. */
const SINGLE_SPA_ROUTING_EVENT = "single-spa:routing-event";
const LOCATION_EVENTS = ["popstate", SINGLE_SPA_ROUTING_EVENT, NAVIGATE_EVENT] as const;

function subscribe(listener: () => void): () => void {
  for (const name of LOCATION_EVENTS) window.addEventListener(name, listener);
  return () => {
    for (const name of LOCATION_EVENTS) window.removeEventListener(name, listener);
  };
}

function currentHref(): string {
  return window.location.pathname + window.location.search;
}

export interface CurrentLocation {
  pathname: string;
  /** With its leading "?", or "". */
  search: string;
}

/** The browser location, re-rendering on history navigation, single-spa routing and navigate(). */
export function useLocation(): CurrentLocation {
  const href = useSyncExternalStore(subscribe, currentHref, currentHref);
  const queryStart = href.indexOf("?");
  return queryStart === -1 ? { pathname: href, search: "" } : { pathname: href.slice(0, queryStart), search: href.slice(queryStart) };
}

/**
 * Goes to a same-origin path through the History API; single-spa patches pushState/replaceState, so the shell
 * reroutes too (and unmounts this module when the path leaves it).
 */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === currentHref()) return;
  if (options.replace) window.history.replaceState(window.history.state, "", href);
  else window.history.pushState(null, "", href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
