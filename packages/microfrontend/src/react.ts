import { Component, createContext, createElement, useContext, type ComponentType, type ErrorInfo, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { onLocaleChange } from "@orbis/ui/i18n";
import { ErrorPanel, LocaleProvider } from "@orbis/ui/react";
import { moduleErrorText, reportModuleError } from "./module-errors";
import { appPropsOf, createContainer, hostElementOf, type ModuleAppProps, type ModuleLifecycles, type ModuleProps } from "./props";

const ModulePropsContext = createContext<ModuleAppProps | null>(null);

/** The mounting module's props (user, basePath, locale...) anywhere below its root component. */
export function useModuleProps(): ModuleAppProps {
  const props = useContext(ModulePropsContext);
  if (!props) throw new Error("useModuleProps() must be used inside a module mounted by reactLifecycles()");
  return props;
}

interface BoundaryProps {
  moduleName: string;
  locale: ModuleAppProps["locale"];
  children?: ReactNode;
}

/** Catches render errors of the module so one failing page shows a panel with a retry instead of a blank area. */
class ModuleErrorBoundary extends Component<BoundaryProps, { error: unknown; attempt: number }> {
  override state = { error: null as unknown, attempt: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    reportModuleError(this.props.moduleName, error, info.componentStack ?? undefined);
  }

  override render() {
    const { moduleName, locale, children } = this.props;
    if (this.state.error !== null) {
      const t = moduleErrorText.bind(locale);
      return createElement(ErrorPanel, {
        title: t("title"),
        message: t("message", { module: moduleName }),
        onRetry: () => this.setState((state) => ({ error: null, attempt: state.attempt + 1 })),
      });
    }
    // A new key on retry remounts the subtree, so components start over instead of reusing broken state.
    return createElement("div", { key: this.state.attempt, className: "orbis-module-root" }, children);
  }
}

export interface ReactLifecyclesOptions {
  /** Module name: container class `orbis-<name>`. */
  name: string;
  /** Root component; receives ModuleAppProps. */
  App: ComponentType<ModuleAppProps>;
}

interface Mounted {
  root: Root;
  container: HTMLElement;
  props: ModuleAppProps;
  stopLocale: () => void;
}

/**
 * single-spa lifecycles for a React module: mount renders App (with its props, a LocaleProvider for the UI kit and an
 * error boundary) into `<div class="orbis-<name>">` inside props.domElement; unmount unmounts the root and empties
 * the element. The locale follows `orbis:locale` events while mounted.
 */
export function reactLifecycles({ name, App }: ReactLifecyclesOptions): ModuleLifecycles {
  const mounted = new Map<HTMLElement, Mounted>();

  const render = (entry: Mounted) => {
    const { props } = entry;
    flushSync(() =>
      entry.root.render(
        createElement(
          ModulePropsContext.Provider,
          { value: props },
          createElement(
            LocaleProvider,
            { locale: props.locale },
            createElement(ModuleErrorBoundary, { moduleName: name, locale: props.locale }, createElement(App, props)),
          ),
        ),
      ),
    );
  };

  return {
    async bootstrap() {},

    async mount(props: ModuleProps) {
      const host = hostElementOf(name, props);
      if (mounted.has(host)) throw new Error(`[orbis:${name}] already mounted in this element`);
      const container = createContainer(name, host);
      const entry: Mounted = {
        root: createRoot(container, { identifierPrefix: `${name}-` }),
        container,
        props: appPropsOf(name, props),
        stopLocale: () => {},
      };
      mounted.set(host, entry);
      entry.stopLocale = onLocaleChange((locale) => {
        if (locale === entry.props.locale) return;
        entry.props = { ...entry.props, locale };
        render(entry);
      });
      render(entry);
    },

    async update(props: ModuleProps) {
      const entry = mounted.get(hostElementOf(name, props));
      if (!entry) throw new Error(`[orbis:${name}] update before mount`);
      entry.props = appPropsOf(name, props);
      render(entry);
    },

    async unmount(props: ModuleProps) {
      const host = hostElementOf(name, props);
      const entry = mounted.get(host);
      if (!entry) return;
      mounted.delete(host);
      entry.stopLocale();
      entry.root.unmount();
      entry.container.remove();
      host.replaceChildren();
    },
  };
}
