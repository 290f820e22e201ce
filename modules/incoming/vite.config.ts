import { defineModuleConfig } from "@orbis/microfrontend/vite";

export default defineModuleConfig({ name: "incoming", framework: "vue", dir: import.meta.dirname });
