import { createApp, nextTick, type Component } from "vue";

const mounted: { unmount(): void; container: HTMLElement }[] = [];

/** Mounts a root component into a fresh container attached to document.body. */
export async function mount(component: Component): Promise<HTMLElement> {
  const container = document.createElement("div");
  document.body.append(container);
  const app = createApp(component);
  app.mount(container);
  mounted.push({ unmount: () => app.unmount(), container });
  await nextTick();
  return container;
}

export function unmountAll(): void {
  for (const { unmount, container } of mounted.splice(0)) {
    unmount();
    container.remove();
  }
}

export async function press(target: Element, key: string, init: KeyboardEventInit = {}): Promise<void> {
  target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
  await nextTick();
  await nextTick();
}

export async function click(target: Element): Promise<void> {
  (target as HTMLElement).click();
  await nextTick();
  await nextTick();
}
