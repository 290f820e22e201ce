import {
  createApp,
  defineComponent,
  h,
  inject,
  onErrorCaptured,
  provide,
  reactive,
  readonly,
  ref,
  toRef,
  type App,
  type Component,
  type InjectionKey,
} from "vue";
import { onLocaleChange } from "@orbis/ui/i18n";
import { ErrorPanel, provideLocale } from "@orbis/ui/vue";
import { moduleErrorText, reportModuleError } from "./module-errors";
import { appPropsOf, createContainer, hostElementOf, type ModuleAppProps, type ModuleLifecycles, type ModuleProps } from "./props";

export const MODULE_PROPS_KEY: InjectionKey<Readonly<ModuleAppProps>> = Symbol("orbis-module-props");

/** The mounting module's props (reactive: locale changes are seen) in any component of the module. */
export function useModuleProps(): Readonly<ModuleAppProps> {
  const props = inject(MODULE_PROPS_KEY, null);
  if (!props) throw new Error("useModuleProps() must be used inside a module mounted by vueLifecycles()");
  return props;
}

export interface VueLifecyclesOptions {
  /** Module name: container class `orbis-<name>`. */
  name: string;
  /** Root component; receives ModuleAppProps as props. */
  App: Component;
  /** Installs plugins on the app before it mounts (router, VueQueryPlugin...). */
  setup?: (app: App, props: Readonly<ModuleAppProps>) => void;
}

interface Mounted {
  app: App;
  container: HTMLElement;
  state: ModuleAppProps;
  stopLocale: () => void;
}

/**
 * single-spa lifecycles for a Vue module: mount creates an app rendering App with its props (also provided, see
 * useModuleProps) plus the UI kit's locale and an error boundary, inside `<div class="orbis-<name>">` in
 * props.domElement; unmount unmounts the app and empties the element. The locale follows `orbis:locale` while mounted.
 */
export function vueLifecycles({ name, App, setup }: VueLifecyclesOptions): ModuleLifecycles {
  const mounted = new Map<HTMLElement, Mounted>();

  const Root = defineComponent({
    name: "OrbisModuleRoot",
    props: { state: { type: Object as () => ModuleAppProps, required: true } },
    setup(rootProps) {
      const state = rootProps.state;
      provide(MODULE_PROPS_KEY, readonly(state) as Readonly<ModuleAppProps>);
      provideLocale(toRef(state, "locale"));
      const failed = ref(false);
      const attempt = ref(0);
      onErrorCaptured((error, _instance, info) => {
        reportModuleError(name, error, info);
        failed.value = true;
        return false;
      });
      return () => {
        if (failed.value) {
          const t = moduleErrorText.bind(state.locale);
          return h(ErrorPanel, {
            title: t("title"),
            message: t("message", { module: name }),
            onRetry: () => {
              failed.value = false;
              attempt.value += 1;
            },
          });
        }
        // A new key on retry remounts App, so it starts over instead of reusing broken state.
        return h("div", { key: attempt.value, class: "orbis-module-root" }, [h(App, { ...state })]);
      };
    },
  });

  return {
    async bootstrap() {},

    async mount(props: ModuleProps) {
      const host = hostElementOf(name, props);
      if (mounted.has(host)) throw new Error(`[orbis:${name}] already mounted in this element`);
      const state = reactive(appPropsOf(name, props)) as ModuleAppProps;
      const app = createApp(Root, { state });
      app.config.idPrefix = name; // useId() values stay unique when several Vue modules share the page
      setup?.(app, readonly(state) as Readonly<ModuleAppProps>);
      const container = createContainer(name, host);
      const stopLocale = onLocaleChange((locale) => {
        state.locale = locale;
      });
      mounted.set(host, { app, container, state, stopLocale });
      app.mount(container);
    },

    async update(props: ModuleProps) {
      const entry = mounted.get(hostElementOf(name, props));
      if (!entry) throw new Error(`[orbis:${name}] update before mount`);
      Object.assign(entry.state, appPropsOf(name, props));
    },

    async unmount(props: ModuleProps) {
      const host = hostElementOf(name, props);
      const entry = mounted.get(host);
      if (!entry) return;
      mounted.delete(host);
      entry.stopLocale();
      entry.app.unmount();
      entry.container.remove();
      host.replaceChildren();
    },
  };
}
