import { flushPromises, mount, type VueWrapper } from "@vue/test-utils";
import { VueQueryPlugin } from "@tanstack/vue-query";
import type { Principal } from "@orbis/contracts/identity";
import type { Locale } from "@orbis/ui/i18n";
import App from "../src/App.vue";
import { createQueryClient } from "../src/api/query-client";

const mounted: VueWrapper[] = [];

export function renderApp(path: string, user: Principal, locale: Locale = "fr"): VueWrapper {
  window.history.replaceState(null, "", path);
  const wrapper = mount(App, {
    props: { basePath: "/incoming", locale, user },
    attachTo: document.body,
    global: { plugins: [[VueQueryPlugin, { queryClient: createQueryClient() }]] },
  });
  mounted.push(wrapper);
  return wrapper;
}

export function cleanup(): void {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  document.body.innerHTML = "";
}

/** Retries `assertion` while pending fetches and renders settle. */
export async function waitFor<T>(assertion: () => T, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await flushPromises();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

export const textOf = (element: Element | null | undefined) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();

/** The buttons whose accessible name (aria-label or text) is exactly `name`. */
export function buttonsNamed(name: string): HTMLButtonElement[] {
  return [...document.querySelectorAll("button")].filter((b) => (b.getAttribute("aria-label") ?? textOf(b)) === name);
}

export function button(name: string): HTMLButtonElement {
  const found = buttonsNamed(name);
  if (found.length !== 1) throw new Error(`expected one button "${name}", found ${found.length}`);
  return found[0]!;
}

/** The control a label (whose text starts with `label`) points at. */
export function control(label: string, root: ParentNode = document): HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement {
  const labels = [...root.querySelectorAll("label")].filter((l) => textOf(l).startsWith(label));
  if (labels.length !== 1) throw new Error(`expected one label "${label}", found ${labels.length}`);
  const element = document.getElementById(labels[0]!.htmlFor);
  if (!element) throw new Error(`label "${label}" points at nothing`);
  return element as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
}

export async function typeInto(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  element.value = value;
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
  await flushPromises();
}

/** A table row as a screen reader reads it: cell by cell. */
export const rowText = (row: Element | null | undefined) => [...(row?.children ?? [])].map(textOf).join(" ");

export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`no ${what}`);
  return value;
}
