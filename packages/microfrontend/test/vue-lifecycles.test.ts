// @vitest-environment happy-dom
import { defineComponent, h, nextTick, ref, type PropType } from "vue";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@orbis/contracts/identity";
import { setLocale, type Locale } from "@orbis/ui/i18n";
import { Button } from "@orbis/ui/vue";
import { useModuleProps, vueLifecycles } from "../src/vue";
import { propsFor, trackWindowListeners } from "./fixtures";

const Greeting = defineComponent(() => {
  const props = useModuleProps();
  return () => h("p", { id: "greeting" }, `${props.user.name} @ ${props.basePath}`);
});

const App = defineComponent({
  props: {
    locale: { type: String as PropType<Locale>, required: true },
    user: { type: Object as PropType<Principal>, required: true },
    basePath: { type: String, required: true },
    onLocaleChange: { type: Function as PropType<(locale: Locale) => void>, required: true },
  },
  setup(props) {
    const clicks = ref(0);
    return () =>
      h("main", [
        h("p", { id: "locale" }, props.locale),
        h(Greeting),
        h(Button, { onClick: () => props.onLocaleChange(props.locale === "fr" ? "en" : "fr") }, () => "FR/EN"),
        h("button", { id: "count", onClick: () => (clicks.value += 1) }, String(clicks.value)),
      ]);
  },
});

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement("section");
  document.body.append(host);
});
afterEach(() => {
  host.remove();
  localStorage.clear();
});

describe("vueLifecycles", () => {
  it("mounts App in a scoped container with props, provides them, and runs setup(app)", async () => {
    const installed = vi.fn();
    const lifecycles = vueLifecycles({ name: "demo", App, setup: (app, props) => installed(typeof app.use, props.basePath) });
    await lifecycles.bootstrap();
    await lifecycles.mount(propsFor(host));
    const container = host.firstElementChild as HTMLElement;
    expect(container.className).toBe("orbis-demo");
    expect(container.querySelector("#greeting")!.textContent).toBe("Ada Lovelace @ /demo");
    expect(container.querySelector("#locale")!.textContent).toBe("fr");
    expect(installed).toHaveBeenCalledWith("function", "/demo");
    await lifecycles.unmount(propsFor(host));
  });

  it("follows orbis:locale events, passes onLocaleChange through, and applies update()", async () => {
    const onLocaleChange = vi.fn();
    const lifecycles = vueLifecycles({ name: "demo", App });
    await lifecycles.mount(propsFor(host, { onLocaleChange }));
    setLocale("en");
    await nextTick();
    expect(host.querySelector("#locale")!.textContent).toBe("en");
    (host.querySelector(".o-btn") as HTMLElement).click();
    expect(onLocaleChange).toHaveBeenCalledWith("fr");
    await lifecycles.update(propsFor(host, { basePath: "/elsewhere" }));
    await nextTick();
    expect(host.querySelector("#greeting")!.textContent).toBe("Ada Lovelace @ /elsewhere");
    await lifecycles.unmount(propsFor(host));
  });

  it("shows an error panel when App throws, and retry renders it again", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const consoleWarn = vi.spyOn(console, "warn").mockImplementation(() => {});
    let broken = true;
    const Fragile = defineComponent(() => () => {
      if (broken) throw new Error("boom");
      return h("p", { id: "ok" }, "ok");
    });
    const lifecycles = vueLifecycles({ name: "demo", App: Fragile });
    await lifecycles.mount(propsFor(host));
    await nextTick();
    const panel = host.querySelector(".orbis-demo [role=alert]")!;
    expect(panel.textContent).toContain("Cette page n'a pas pu s'afficher");
    expect(consoleError.mock.calls.some((call) => String(call[0]).includes("[orbis:demo]"))).toBe(true);
    broken = false;
    (panel.querySelector("button") as HTMLElement).click();
    await nextTick();
    expect(host.querySelector("#ok")).not.toBeNull();
    await lifecycles.unmount(propsFor(host));
    consoleError.mockRestore();
    consoleWarn.mockRestore();
  });

  it("leaves nothing behind after repeated mount/unmount", async () => {
    const listeners = trackWindowListeners("orbis:locale");
    try {
      const lifecycles = vueLifecycles({ name: "demo", App });
      for (let round = 0; round < 25; round++) {
        await lifecycles.mount(propsFor(host));
        (host.querySelector("#count") as HTMLElement).click();
        await nextTick();
        expect(host.querySelector("#count")!.textContent).toBe("1");
        expect(listeners.active()).toBe(1);
        await lifecycles.unmount(propsFor(host));
        expect(host.childNodes.length).toBe(0);
        expect(listeners.active()).toBe(0);
      }
    } finally {
      listeners.restore();
    }
  });
});
