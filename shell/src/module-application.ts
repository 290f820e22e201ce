import type { NavModule } from "@orbis/contracts/registry";
import type { LifeCycles } from "single-spa";
import type { ModuleFailure, ModuleHost } from "./module-host";

/** A module whose code has not arrived after this long is shown as failed (with Retry) instead of loading forever. */
export const MODULE_LOAD_TIMEOUT_MS = 30_000;

type Lifecycle = (props: Record<string, unknown>) => Promise<unknown>;
type LifecycleExport = Lifecycle | readonly Lifecycle[];

interface ModuleExports {
  bootstrap?: LifecycleExport;
  mount: LifecycleExport;
  unmount: LifecycleExport;
  unload?: LifecycleExport;
}

export interface ModuleApplicationDeps {
  host: ModuleHost;
  /** `import()` of the module's entry; `attempt` > 1 asks for a fresh copy (the browser caches failed modules). */
  importModule: (specifier: string, attempt: number) => Promise<unknown>;
  /** The props the module's lifecycles get on top of single-spa's (domElement, basePath, locale, user...). */
  moduleProps: () => Record<string, unknown>;
  addCss: (urls: readonly string[]) => Promise<void>;
  removeCss: () => void;
  /** Called by the error panel's Retry button: unloads the application so that single-spa loads it again. */
  retry: () => void;
  /** A module finished mounting after a retry (the shell moves focus to its heading). */
  onRecovered?: () => void;
  timeoutMs?: number;
}

const isLifecycleExport = (value: unknown): value is LifecycleExport =>
  typeof value === "function" || (Array.isArray(value) && value.every((fn) => typeof fn === "function"));

function lifecyclesOf(exported: unknown, specifier: string): ModuleExports {
  const candidate = exported as Partial<Record<keyof ModuleExports, unknown>> | null;
  const missing = (["mount", "unmount"] as const).filter((name) => !isLifecycleExport(candidate?.[name]));
  if (candidate?.bootstrap !== undefined && !isLifecycleExport(candidate.bootstrap)) missing.push("bootstrap" as never);
  if (missing.length) {
    throw new Error(`${specifier} does not export single-spa lifecycles (${missing.join(", ")} missing or not functions)`);
  }
  return candidate as ModuleExports;
}

async function runLifecycle(exported: LifecycleExport | undefined, props: Record<string, unknown>): Promise<void> {
  if (!exported) return;
  for (const fn of Array.isArray(exported) ? exported : [exported as Lifecycle]) await fn(props);
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The single-spa loading function of one module. Whatever goes wrong — the import fails, the entry is not a
 * module, bootstrap or mount throws — the application resolves to lifecycles that show an error panel in the
 * module's place, so single-spa never marks it SKIP_BECAUSE_BROKEN (from which only a page reload recovers) and the
 * rest of the shell keeps working. Retry unloads the application; the next load imports a fresh copy.
 */
export function moduleApplication(module: NavModule, deps: ModuleApplicationDeps): () => Promise<LifeCycles> {
  const { host } = deps;
  let attempt = 0;
  let failedBefore = false;

  const failed = (failure: ModuleFailure) => {
    failedBefore = true;
    console.error(`Orbis: module ${module.name} failed (${failure.phase})`, failure.error);
    host.mountPoint.replaceChildren();
    deps.removeCss();
    host.showError(failure, deps.retry);
  };

  const failureLifecycles = (failure: ModuleFailure): LifeCycles => ({
    bootstrap: async () => {},
    mount: async () => failed(failure),
    unmount: async () => host.clearStatus(),
  });

  return async () => {
    attempt += 1;
    host.showLoading();
    let exported: ModuleExports;
    try {
      const loaded = await withTimeout(
        deps.importModule(module.specifier, attempt),
        deps.timeoutMs ?? MODULE_LOAD_TIMEOUT_MS,
        `${module.specifier} did not load within ${Math.round((deps.timeoutMs ?? MODULE_LOAD_TIMEOUT_MS) / 1000)} s`,
      );
      exported = lifecyclesOf(loaded, module.specifier);
    } catch (error) {
      return failureLifecycles({ phase: "load", error });
    }

    let bootstrapFailure: unknown;
    let bootstrapFailed = false;
    let mounted = false;
    const props = (singleSpaProps: Record<string, unknown>) => ({ ...singleSpaProps, ...deps.moduleProps() });

    return {
      bootstrap: async (singleSpaProps: Record<string, unknown>) => {
        try {
          await runLifecycle(exported.bootstrap, props(singleSpaProps));
        } catch (error) {
          bootstrapFailed = true;
          bootstrapFailure = error;
        }
      },
      mount: async (singleSpaProps: Record<string, unknown>) => {
        if (bootstrapFailed) return failed({ phase: "start", error: bootstrapFailure });
        host.showLoading();
        try {
          await deps.addCss(module.cssUrls);
          await runLifecycle(exported.mount, props(singleSpaProps));
          mounted = true;
          host.clearStatus();
          if (failedBefore) {
            failedBefore = false;
            deps.onRecovered?.();
          }
        } catch (error) {
          // Let a half-mounted module clean up what it can before its place shows the error.
          await runLifecycle(exported.unmount, props(singleSpaProps)).catch(() => {});
          failed({ phase: "start", error });
        }
      },
      unmount: async (singleSpaProps: Record<string, unknown>) => {
        host.clearStatus();
        try {
          if (mounted) await runLifecycle(exported.unmount, props(singleSpaProps));
        } catch (error) {
          console.error(`Orbis: module ${module.name} failed to unmount`, error);
        } finally {
          mounted = false;
          host.mountPoint.replaceChildren();
          deps.removeCss();
        }
      },
      unload: async (singleSpaProps: Record<string, unknown>) => {
        await runLifecycle(exported.unload, props(singleSpaProps)).catch((error: unknown) =>
          console.error(`Orbis: module ${module.name} failed to unload`, error),
        );
      },
    } as LifeCycles;
  };
}
