import { z } from "zod";
import { requestJson } from "@orbis/contracts/http";
import { BASE } from "./overview";

export type Query = Record<string, string | number | undefined>;

/** The five calls of a governance record collection (e.g. "/objectives"), typed by its contract. */
export function recordsApi<T extends z.ZodTypeAny>(path: string, item: T) {
  const page = z.object({ items: z.array(item), total: z.number() });
  const at = (id: string) => `${BASE}${path}/${encodeURIComponent(id)}`;
  return {
    path,
    list: (query: Query, signal?: AbortSignal) => requestJson(page, `${BASE}${path}`, { query, signal }),
    get: (id: string, signal?: AbortSignal) => requestJson(item, at(id), { signal }),
    create: (body: Record<string, unknown>) => requestJson(item, `${BASE}${path}`, { method: "POST", body }),
    update: (id: string, body: Record<string, unknown>) => requestJson(item, at(id), { method: "PATCH", body }),
    remove: (id: string, version: number) => requestJson(z.unknown(), at(id), { method: "DELETE", query: { version } }),
  };
}
export type RecordsApi<T extends z.ZodTypeAny = z.ZodTypeAny> = ReturnType<typeof recordsApi<T>>;
