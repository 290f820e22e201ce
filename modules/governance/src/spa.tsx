import { reactLifecycles } from "@orbis/microfrontend/react";
import { App } from "./App";

export const { bootstrap, mount, unmount, update } = reactLifecycles({ name: "governance", App });
