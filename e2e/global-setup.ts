/**
 * The web server answers before the launcher has published the modules: wait until the import map holds the
 * admin module (and one TTL of the shell's import-map cache has passed) so the first test sees a complete intranet.
 */
export default async function waitForModules(): Promise<void> {
  const url = `http://127.0.0.1:${process.env.E2E_PORT ?? 8181}/api/registry/importmap.json`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const map = (await fetch(url).then((r) => (r.ok ? r.json() : null), () => null)) as { imports?: Record<string, string> } | null;
    if (map?.imports?.["@orbis/admin"]) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The admin module was never published (${url})`);
}
