/** Types and helpers shared by the React and Vue lifecycles; the Vite preset is in "@orbis/microfrontend/vite". */
export type { ModuleAppProps, ModuleLifecycles, ModuleProps } from "./props";
export type { Locale } from "@orbis/ui/i18n";
export type { Principal } from "@orbis/contracts/identity";
