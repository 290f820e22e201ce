import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";

const mounted: { root: Root; container: HTMLElement }[] = [];

/** Renders into a fresh container attached to document.body. */
export function render(node: ReactNode): HTMLElement {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(node));
  mounted.push({ root, container });
  return container;
}

export function cleanup(): void {
  for (const { root, container } of mounted.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
}

/** Retries `assertion` while React and pending fetches settle (like Testing Library's waitFor). */
export async function waitFor<T>(assertion: () => T, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
  }
}

const text = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").trim();

/** The control a <label> (whose text starts with `label`) points at. */
export function getByLabel(root: ParentNode, label: string): HTMLInputElement | HTMLSelectElement {
  const labels = [...root.querySelectorAll("label")].filter((element) => text(element).startsWith(label));
  if (labels.length !== 1) throw new Error(`expected one label "${label}", found ${labels.length}`);
  const control = document.getElementById(labels[0]!.htmlFor);
  if (!control) throw new Error(`label "${label}" points at nothing`);
  return control as HTMLInputElement | HTMLSelectElement;
}

/** The one button whose text is exactly `name` (visually hidden parts included, as screen readers hear it). */
export function getButton(root: ParentNode, name: string): HTMLButtonElement {
  const buttons = [...root.querySelectorAll("button")].filter((button) => (button.getAttribute("aria-label") ?? text(button)) === name);
  if (buttons.length !== 1) throw new Error(`expected one button "${name}", found ${buttons.length}`);
  return buttons[0]!;
}

export function getHeading(root: ParentNode, level: number): string {
  const heading = root.querySelector(`h${level}`);
  if (!heading) throw new Error(`no h${level}`);
  return text(heading);
}

export function getDialog(): HTMLElement {
  const dialog = document.querySelector<HTMLElement>("[role=dialog]");
  if (!dialog) throw new Error("no dialog open");
  return dialog;
}

export function click(element: Element): void {
  act(() => {
    (element as HTMLElement).click();
  });
}

/** Types into a React-controlled input or select the way a user's input event does. */
export function type(control: HTMLInputElement | HTMLSelectElement, value: string): void {
  const prototype = control instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, "value")!.set!;
  act(() => {
    setter.call(control, value);
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
  });
}

export function textOf(element: Element): string {
  return text(element);
}
