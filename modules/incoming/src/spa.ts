import { VueQueryPlugin } from "@tanstack/vue-query";
import { vueLifecycles } from "@orbis/microfrontend/vue";
import App from "./App.vue";
import { createQueryClient } from "./api/query-client";

export const { bootstrap, mount, unmount, update } = vueLifecycles({
  name: "incoming",
  App,
  setup: (app) => app.use(VueQueryPlugin, { queryClient: createQueryClient() }),
});
