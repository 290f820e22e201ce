import { onBeforeUnmount, shallowRef, type ShallowRef } from "vue";

/** Fired by navigate(): outside single-spa (tests, a module served alone) pushState alone notifies nobody. */
const NAVIGATE_EVENT = "orbis-agreements:navigate";
const LOCATION_EVENTS = ["popstate", "single-spa:routing-event", NAVIGATE_EVENT] as const;

/** The current pathname, kept current on history navigation, single-spa routing and navigate(). */
export function usePathname(): ShallowRef<string> {
  const pathname = shallowRef(window.location.pathname);
  const update = () => {
    pathname.value = window.location.pathname;
  };
  for (const name of LOCATION_EVENTS) window.addEventListener(name, update);
  onBeforeUnmount(() => {
    for (const name of LOCATION_EVENTS) window.removeEventListener(name, update);
  });
  return pathname;
}

/** Goes to a same-origin path; single-spa patches pushState, so the shell reroutes too. */
export function navigate(href: string): void {
  if (href === window.location.pathname + window.location.search) return;
  window.history.pushState(null, "", href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
