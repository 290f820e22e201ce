// @vitest-environment happy-dom
import type { NavModule } from "@orbis/contracts/registry";
import type { LifeCycles } from "single-spa";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { moduleApplication, type ModuleApplicationDeps } from "../../src/module-application";
import { createModuleHost } from "../../src/module-host";

const MODULE: NavModule = {
  name: "erasmus",
  route: "/erasmus",
  framework: "react",
  label: { fr: "Erasmus+ (FR)", en: "Erasmus+ (EN)" },
  roles: ["erasmus"],
  version: "1.0.0",
  specifier: "@orbis/erasmus",
  cssUrls: ["/static/erasmus/1.0.0/style.css"],
};

type Fn = (props: Record<string, unknown>) => Promise<unknown>;
const call = (lifecycle: unknown, props: Record<string, unknown> = { name: "@orbis/erasmus" }) =>
  Promise.all((Array.isArray(lifecycle) ? lifecycle : [lifecycle]).map((fn: Fn) => fn(props)));

function setup(importModule: ModuleApplicationDeps["importModule"], extra: Partial<ModuleApplicationDeps> = {}) {
  const host = createModuleHost(MODULE.name, MODULE.label);
  document.body.append(host.section);
  const events: string[] = [];
  const deps: ModuleApplicationDeps = {
    host,
    importModule,
    moduleProps: () => ({ domElement: host.mountPoint, basePath: MODULE.route, locale: "fr", user: { sub: "u1" } }),
    addCss: vi.fn(async () => void events.push("css+")),
    removeCss: vi.fn(() => void events.push("css-")),
    retry: vi.fn(),
    onRecovered: vi.fn(),
    ...extra,
  };
  const load = moduleApplication(MODULE, deps);
  const status = () => host.section.querySelector(".shell-module-status")!;
  return { host, deps, load, events, status };
}

async function mountAll(load: () => Promise<LifeCycles>) {
  const lifecycles = await load();
  await call(lifecycles.bootstrap);
  await call(lifecycles.mount);
  return lifecycles;
}

describe("moduleApplication", () => {
  beforeEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
    vi.spyOn(console, "error").mockImplementation(() => {});
  });

  it("shows the loading state while the code arrives, then mounts with the shell's props and the module's CSS", async () => {
    let resolveImport!: (value: unknown) => void;
    const mount = vi.fn(async (props: Record<string, unknown>) => {
      events.push("mount");
      (props.domElement as HTMLElement).append("content");
    });
    const { load, events, status, host, deps } = setup(() => new Promise((resolve) => (resolveImport = resolve)));
    const loading = load();
    expect(status().querySelector('[role="status"]')?.textContent).toBe("Chargement du module «\u00a0Erasmus+ (FR)\u00a0»…");
    resolveImport({ mount, unmount: async () => {} });
    await call((await loading).bootstrap);
    await call((await loading).mount);
    expect(events).toEqual(["css+", "mount"]);
    expect(deps.addCss).toHaveBeenCalledWith(MODULE.cssUrls);
    expect(mount.mock.calls[0]![0]).toMatchObject({
      name: "@orbis/erasmus",
      domElement: host.mountPoint,
      basePath: "/erasmus",
      locale: "fr",
      user: { sub: "u1" },
    });
    expect(status().childElementCount).toBe(0);
    expect(host.mountPoint.textContent).toBe("content");
  });

  it("unmounts the module, empties its place and removes its CSS", async () => {
    const unmount = vi.fn(async () => {});
    const { load, host, events } = setup(async () => ({ mount: async (p: { domElement: HTMLElement }) => p.domElement.append("x"), unmount }));
    const lifecycles = await mountAll(load);
    await call(lifecycles.unmount);
    expect(unmount).toHaveBeenCalledTimes(1);
    expect(host.mountPoint.childNodes).toHaveLength(0);
    expect(events.at(-1)).toBe("css-");
  });

  it("turns a failed import into an error panel with the detail and a Retry wired to the shell", async () => {
    const { load, status, deps } = setup(async () => {
      throw new TypeError("Failed to fetch dynamically imported module: /static/erasmus/1.0.0/spa.js");
    });
    const lifecycles = await mountAll(load);
    const panel = status().querySelector('[role="alert"]')!;
    expect(panel.querySelector("h1")?.textContent).toBe("Le module «\u00a0Erasmus+ (FR)\u00a0» n'a pas pu être affiché");
    expect(panel.textContent).toContain("Son code n'a pas pu être chargé");
    expect(panel.querySelector("pre")?.textContent).toBe("Failed to fetch dynamically imported module: /static/erasmus/1.0.0/spa.js");
    panel.querySelector("button")!.click();
    expect(deps.retry).toHaveBeenCalledTimes(1);
    await call(lifecycles.unmount);
    expect(status().childElementCount).toBe(0);
  });

  it("rejects an entry that does not export lifecycles", async () => {
    const { load, status } = setup(async () => ({ mount: async () => {}, unmount: "nope" }));
    await mountAll(load);
    expect(status().querySelector("pre")?.textContent).toBe(
      "@orbis/erasmus does not export single-spa lifecycles (unmount missing or not functions)",
    );
  });

  it("gives up on an import that never settles", async () => {
    const { load, status } = setup(() => new Promise(() => {}), { timeoutMs: 20 });
    await mountAll(load);
    expect(status().querySelector("pre")?.textContent).toBe("@orbis/erasmus did not load within 0 s");
  });

  it("shows the start error when bootstrap throws, without calling mount", async () => {
    const mount = vi.fn(async () => {});
    const { load, status } = setup(async () => ({
      bootstrap: async () => {
        throw new Error("no config");
      },
      mount,
      unmount: async () => {},
    }));
    await mountAll(load);
    expect(mount).not.toHaveBeenCalled();
    expect(status().textContent).toContain("Il s'est arrêté au démarrage");
    expect(status().querySelector("pre")?.textContent).toBe("no config");
  });

  it("cleans up a module whose mount throws, and resolves so single-spa does not mark it broken", async () => {
    const unmount = vi.fn(async () => {});
    const { load, host, status, events } = setup(async () => ({
      mount: async (p: { domElement: HTMLElement }) => {
        p.domElement.append("half");
        throw "plain string failure";
      },
      unmount,
    }));
    const lifecycles = await mountAll(load);
    expect(unmount).toHaveBeenCalledTimes(1);
    expect(host.mountPoint.childNodes).toHaveLength(0);
    expect(events).toEqual(["css+", "css-"]);
    expect(status().querySelector("pre")?.textContent).toBe("plain string failure");
    // Leaving the page: the module was never mounted, so its unmount is not called again.
    await call(lifecycles.unmount);
    expect(unmount).toHaveBeenCalledTimes(1);
  });

  it("survives a module whose unmount throws", async () => {
    const { load, host } = setup(async () => ({
      mount: async (p: { domElement: HTMLElement }) => p.domElement.append("x"),
      unmount: async () => {
        throw new Error("cannot unmount");
      },
    }));
    const lifecycles = await mountAll(load);
    await expect(call(lifecycles.unmount)).resolves.toBeDefined();
    expect(host.mountPoint.childNodes).toHaveLength(0);
  });

  it("runs lifecycle arrays in order", async () => {
    const order: string[] = [];
    const { load } = setup(async () => ({
      mount: [async () => void order.push("a"), async () => void order.push("b")],
      unmount: [async () => void order.push("c")],
    }));
    const lifecycles = await mountAll(load);
    await call(lifecycles.unmount);
    expect(order).toEqual(["a", "b", "c"]);
  });

  it("asks for a fresh copy on each new load and reports the recovery", async () => {
    const attempts: number[] = [];
    const importModule = vi.fn(async (_specifier: string, attempt: number) => {
      attempts.push(attempt);
      if (attempt === 1) throw new Error("network down");
      return { mount: async () => {}, unmount: async () => {} };
    });
    const { load, deps, status } = setup(importModule);
    await mountAll(load);
    expect(status().querySelector('[role="alert"]')).not.toBeNull();
    await mountAll(load);
    expect(attempts).toEqual([1, 2]);
    expect(status().childElementCount).toBe(0);
    expect(deps.onRecovered).toHaveBeenCalledTimes(1);
  });

  it("re-renders its panel in the new language", async () => {
    const { load, status } = setup(async () => {
      throw new Error("x");
    });
    await mountAll(load);
    const { setLocale } = await import("@orbis/ui/i18n");
    setLocale("en");
    expect(status().querySelector("h1")?.textContent).toBe("The “Erasmus+ (EN)” module could not be displayed");
    expect(status().querySelector("button")?.textContent).toBe("Try again");
    setLocale("fr");
  });
});
