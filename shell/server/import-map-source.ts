import { ImportMap } from "@orbis/contracts/registry";

export class RegistryUnavailable extends Error {
  override readonly name = "RegistryUnavailable";
}

export interface ImportMapSourceOptions {
  registryUrl: string;
  /** How long one fetched map is reused (a publish shows at most this late). */
  ttlMs: number;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
}

/**
 * The registry's import map, fetched at most once per `ttlMs` and shared by concurrent page loads. A failed fetch is
 * never cached and never hidden behind an older map: the page then says the registry is unavailable.
 */
export function createImportMapSource(options: ImportMapSourceOptions) {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const url = `${options.registryUrl}/api/registry/importmap.json`;
  let cached: { map: ImportMap; at: number } | undefined;
  let inFlight: Promise<ImportMap> | undefined;

  async function fetchMap(requestId: string | undefined): Promise<ImportMap> {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        headers: { accept: "application/json", ...(requestId ? { "x-request-id": requestId } : {}) },
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
      });
    } catch (error) {
      throw new RegistryUnavailable(`The registry does not answer at ${url}`, { cause: error });
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new RegistryUnavailable(`The registry answered ${response.status} for ${url}`);
    }
    const parsed = ImportMap.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new RegistryUnavailable(`The registry answered an invalid import map at ${url}`);
    return parsed.data;
  }

  return {
    async get(requestId?: string): Promise<ImportMap> {
      if (cached && now() - cached.at < options.ttlMs) return cached.map;
      inFlight ??= fetchMap(requestId)
        .then((map) => {
          cached = { map, at: now() };
          return map;
        })
        .finally(() => {
          inFlight = undefined;
        });
      return inFlight;
    },
  };
}
export type ImportMapSource = ReturnType<typeof createImportMapSource>;
