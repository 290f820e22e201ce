import { defineModuleConfig } from "@orbis/microfrontend/vite";

export default defineModuleConfig({ name: "agreements", framework: "vue", dir: import.meta.dirname });
