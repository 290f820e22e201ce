import type { Principal } from "@orbis/contracts/identity";
import { isLocale, type Locale } from "@orbis/ui/i18n";

/** What the shell passes to a module's mount/unmount/update, besides single-spa's own props (name, singleSpa...). */
export interface ModuleProps {
  /** The element the module renders into; the shell creates one per module. */
  domElement: HTMLElement;
  /** The module's route prefix, e.g. "/erasmus": the base of its router. */
  basePath: string;
  locale: Locale;
  user: Principal;
  /** Asks the shell to switch the language of the whole page (it persists it and broadcasts `orbis:locale`). */
  onLocaleChange: (locale: Locale) => void;
  /** single-spa application name. */
  name?: string;
  [singleSpaProp: string]: unknown;
}

/** The props a module's root component receives (kept current: locale follows `orbis:locale`). */
export interface ModuleAppProps {
  moduleName: string;
  basePath: string;
  locale: Locale;
  user: Principal;
  onLocaleChange: (locale: Locale) => void;
}

/** The single-spa lifecycles a module's entry (src/spa.ts) exports. */
export interface ModuleLifecycles {
  bootstrap(props?: Partial<ModuleProps>): Promise<void>;
  mount(props: ModuleProps): Promise<void>;
  unmount(props: ModuleProps): Promise<void>;
  /** Re-renders with new props (single-spa parcels; the shell may call it instead of remounting). */
  update(props: ModuleProps): Promise<void>;
}

export function appPropsOf(moduleName: string, props: ModuleProps): ModuleAppProps {
  if (!isLocale(props.locale)) throw new Error(`[orbis:${moduleName}] mount: unknown locale "${String(props.locale)}"`);
  return { moduleName, basePath: props.basePath, locale: props.locale, user: props.user, onLocaleChange: props.onLocaleChange };
}

/** The host element from the props; a module cannot guess where to render, so a missing one is a shell bug. */
export function hostElementOf(moduleName: string, props: Partial<ModuleProps>): HTMLElement {
  const host = props.domElement;
  if (!host || typeof host !== "object" || host.nodeType !== 1) {
    throw new Error(`[orbis:${moduleName}] mount: props.domElement must be an element`);
  }
  return host;
}

/** Creates the module's container `<div class="orbis-<name>" data-orbis-module="<name>">` inside the host. */
export function createContainer(moduleName: string, host: HTMLElement): HTMLElement {
  const container = host.ownerDocument.createElement("div");
  container.className = `orbis-${moduleName}`;
  container.dataset.orbisModule = moduleName;
  host.append(container);
  return container;
}
