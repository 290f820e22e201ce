import { defineModuleConfig } from "@orbis/microfrontend/vite";

export default defineModuleConfig({ name: "erasmus", framework: "react", dir: import.meta.dirname });
