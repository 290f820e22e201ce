import { defineModuleConfig } from "@orbis/microfrontend/vite";

export default defineModuleConfig({ name: "admin", framework: "react", dir: import.meta.dirname });
