import { defineModuleConfig } from "@orbis/microfrontend/vite";

export default defineModuleConfig({ name: "governance", framework: "react", dir: import.meta.dirname });
