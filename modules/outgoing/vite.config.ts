import { defineModuleConfig } from "@orbis/microfrontend/vite";

export default defineModuleConfig({ name: "outgoing", framework: "react", dir: import.meta.dirname });
