import type { Principal } from "@orbis/contracts/identity";
import type { Locale } from "@orbis/ui/i18n";
import type { ModuleProps } from "../src/index";

export const user: Principal = {
  sub: "u-1",
  kind: "user",
  email: "ada@univ.fr",
  name: "Ada Lovelace",
  roles: ["admin"],
  departments: [],
};

export function propsFor(domElement: HTMLElement, overrides: Partial<ModuleProps> = {}): ModuleProps {
  return {
    name: "@orbis/demo",
    domElement,
    basePath: "/demo",
    locale: "fr" as Locale,
    user,
    onLocaleChange: () => {},
    ...overrides,
  };
}

/** Counts add/remove of window listeners for one event type, to prove unmount releases what mount took. */
export function trackWindowListeners(type: string) {
  let active = 0;
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  window.addEventListener = ((t: string, ...rest: [EventListenerOrEventListenerObject, unknown?]) => {
    if (t === type) active += 1;
    return add(t, ...(rest as [EventListenerOrEventListenerObject]));
  }) as typeof window.addEventListener;
  window.removeEventListener = ((t: string, ...rest: [EventListenerOrEventListenerObject, unknown?]) => {
    if (t === type) active -= 1;
    return remove(t, ...(rest as [EventListenerOrEventListenerObject]));
  }) as typeof window.removeEventListener;
  return {
    active: () => active,
    restore: () => {
      window.addEventListener = add;
      window.removeEventListener = remove;
    },
  };
}
