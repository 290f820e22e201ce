import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** A plain-JS module with single-spa lifecycles, rendering its locale, its props and a data button. */
export const goodModule = (heading: { fr: string; en: string }) => `
const mounted = new Map();
export async function bootstrap() {}
export async function mount(props) {
  const root = document.createElement("div");
  root.className = "orbis-good";
  const render = (locale) => {
    root.replaceChildren();
    const h1 = document.createElement("h1");
    h1.textContent = ${JSON.stringify(heading)}[locale];
    const info = document.createElement("p");
    info.className = "props";
    info.textContent = "user=" + props.user.email + " base=" + props.basePath + " locale=" + locale + " name=" + props.name;
    const english = document.createElement("button");
    english.textContent = "module-to-english";
    english.addEventListener("click", () => props.onLocaleChange("en"));
    const load = document.createElement("button");
    load.textContent = "module-load-data";
    load.addEventListener("click", () => fetch("/api/registry/nav"));
    root.append(h1, info, english, load);
  };
  const onLocale = (event) => render(event.detail.locale);
  window.addEventListener("orbis:locale", onLocale);
  render(props.locale);
  props.domElement.append(root);
  mounted.set(props.domElement, { root, onLocale });
}
export async function unmount(props) {
  const entry = mounted.get(props.domElement);
  window.removeEventListener("orbis:locale", entry.onLocale);
  entry.root.remove();
  mounted.delete(props.domElement);
}
`;

export const crashyModule = `
export async function mount(props) {
  props.domElement.append(Object.assign(document.createElement("p"), { textContent: "half-mounted" }));
  throw new Error("Boom on mount");
}
export async function unmount() {}
`;

/** Takes a while to evaluate (top-level await), so the shell's loading state can be seen. */
export const slowModule = `
await new Promise((resolve) => setTimeout(resolve, 1500));
${goodModule({ fr: "Enfin chargé", en: "Loaded at last" })}
`;

export function writeFile(path: string, content: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** The store as deployments leave it; `broken` has no files yet (tests add them to show Retry working). */
export function writeStore(store: string) {
  writeFile(join(store, "good", "1.0.0", "spa.js"), goodModule({ fr: "Module de test", en: "Test module" }));
  writeFile(join(store, "good", "1.0.0", "style.css"), ".orbis-good h1 { color: rgb(1, 2, 3); }\n");
  writeFile(join(store, "good", "2.0.0", "spa.js"), goodModule({ fr: "Version surchargée", en: "Overridden version" }));
  writeFile(join(store, "crashy", "1.0.0", "spa.js"), crashyModule);
  writeFile(join(store, "slow", "1.0.0", "spa.js"), slowModule);
}
