import { onBeforeUnmount, shallowRef, type ShallowRef } from "vue";

/** Fired by navigate(): outside single-spa (tests, a module served alone) pushState alone notifies nobody. */
const NAVIGATE_EVENT = "orbis-incoming:navigate";
const LOCATION_EVENTS = ["popstate", "single-spa:routing-event", NAVIGATE_EVENT] as const;

export interface Location {
  pathname: ShallowRef<string>;
  /** The query string with its "?", or "" (list filters live there). */
  search: ShallowRef<string>;
}

/** The current pathname and search, kept current on history navigation, single-spa routing and navigate(). */
export function useLocation(): Location {
  const pathname = shallowRef(window.location.pathname);
  const search = shallowRef(window.location.search);
  const update = () => {
    pathname.value = window.location.pathname;
    search.value = window.location.search;
  };
  for (const name of LOCATION_EVENTS) window.addEventListener(name, update);
  onBeforeUnmount(() => {
    for (const name of LOCATION_EVENTS) window.removeEventListener(name, update);
  });
  return { pathname, search };
}

/**
 * Goes to a same-origin path; single-spa patches pushState, so the shell reroutes too. `replace` (filter changes)
 * keeps the back button for real page changes.
 */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, "", href);
  else window.history.pushState(null, "", href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
