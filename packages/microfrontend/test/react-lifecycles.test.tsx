// @vitest-environment happy-dom
import { act, useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "@orbis/ui/i18n";
import { Button } from "@orbis/ui/react";
import { reactLifecycles, useModuleProps } from "../src/react";
import type { ModuleAppProps } from "../src/index";
import { propsFor, trackWindowListeners } from "./fixtures";

function Greeting() {
  const { user, basePath } = useModuleProps();
  return (
    <p id="greeting">
      {user.name} @ {basePath}
    </p>
  );
}

function App({ locale, onLocaleChange }: ModuleAppProps) {
  const [clicks, setClicks] = useState(0);
  return (
    <main>
      <p id="locale">{locale}</p>
      <Greeting />
      <Button onClick={() => onLocaleChange(locale === "fr" ? "en" : "fr")}>FR/EN</Button>
      <button id="count" onClick={() => setClicks(clicks + 1)}>
        {clicks}
      </button>
    </main>
  );
}

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement("section");
  document.body.append(host);
});
afterEach(() => {
  host.remove();
  localStorage.clear();
});

describe("reactLifecycles", () => {
  it("mounts App in a scoped container with the module props, synchronously", async () => {
    const lifecycles = reactLifecycles({ name: "demo", App });
    await lifecycles.bootstrap();
    await lifecycles.mount(propsFor(host));
    const container = host.firstElementChild as HTMLElement;
    expect(container.className).toBe("orbis-demo");
    expect(container.dataset.orbisModule).toBe("demo");
    expect(container.querySelector("#greeting")!.textContent).toBe("Ada Lovelace @ /demo");
    expect(container.querySelector("#locale")!.textContent).toBe("fr");
    await lifecycles.unmount(propsFor(host));
  });

  it("follows orbis:locale events, passes onLocaleChange through, and applies update()", async () => {
    const onLocaleChange = vi.fn();
    const lifecycles = reactLifecycles({ name: "demo", App });
    await lifecycles.mount(propsFor(host, { onLocaleChange }));
    act(() => setLocale("en"));
    expect(host.querySelector("#locale")!.textContent).toBe("en");
    act(() => (host.querySelector(".o-btn") as HTMLElement).click());
    expect(onLocaleChange).toHaveBeenCalledWith("fr");
    await lifecycles.update(propsFor(host, { basePath: "/elsewhere", locale: "fr" }));
    expect(host.querySelector("#greeting")!.textContent).toBe("Ada Lovelace @ /elsewhere");
    expect(host.querySelector("#locale")!.textContent).toBe("fr");
    await lifecycles.unmount(propsFor(host));
  });

  it("shows an error panel when App throws, and retry renders it again", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    let broken = true;
    function Fragile() {
      if (broken) throw new Error("boom");
      return <p id="ok">ok</p>;
    }
    const lifecycles = reactLifecycles({ name: "demo", App: Fragile });
    await lifecycles.mount(propsFor(host, { locale: "en" }));
    const panel = host.querySelector(".orbis-demo [role=alert]")!;
    expect(panel.textContent).toContain("This page could not be displayed");
    expect(panel.textContent).toContain("“demo”");
    expect(consoleError.mock.calls.some((call) => String(call[0]).includes("[orbis:demo]"))).toBe(true);
    broken = false;
    act(() => (panel.querySelector("button") as HTMLElement).click());
    expect(host.querySelector("#ok")).not.toBeNull();
    await lifecycles.unmount(propsFor(host));
    consoleError.mockRestore();
  });

  it("leaves nothing behind after repeated mount/unmount", async () => {
    const listeners = trackWindowListeners("orbis:locale");
    try {
      const lifecycles = reactLifecycles({ name: "demo", App });
      for (let round = 0; round < 25; round++) {
        await lifecycles.mount(propsFor(host));
        act(() => (host.querySelector("#count") as HTMLElement).click());
        expect(host.querySelector("#count")!.textContent).toBe("1"); // fresh state each time
        expect(listeners.active()).toBe(1);
        await lifecycles.unmount(propsFor(host));
        expect(host.childNodes.length).toBe(0);
        expect(listeners.active()).toBe(0);
      }
    } finally {
      listeners.restore();
    }
  });

  it("refuses a missing domElement and a second mount in the same element", async () => {
    const lifecycles = reactLifecycles({ name: "demo", App });
    await expect(lifecycles.mount(propsFor(undefined as unknown as HTMLElement))).rejects.toThrow(/domElement/);
    await lifecycles.mount(propsFor(host));
    await expect(lifecycles.mount(propsFor(host))).rejects.toThrow(/already mounted/);
    await lifecycles.unmount(propsFor(host));
  });
});
