// The same helper as modules/agreements/src/api/upload.ts.
import type { z } from "zod";
import { Problem } from "@orbis/contracts/common";
import { ApiError } from "@orbis/contracts/http";

/**
 * A non-JSON body (multipart form, XML) to a service, answered in JSON; errors come back as problem+json like
 * requestJson's. The browser sets the multipart boundary itself, so FormData bodies get no content-type here.
 */
export async function sendBody<T extends z.ZodTypeAny>(
  schema: T,
  url: string,
  body: FormData | string,
  contentType?: string,
): Promise<z.infer<T>> {
  const response = await fetch(url, {
    method: "POST",
    credentials: "same-origin",
    headers: { accept: "application/json", ...(contentType ? { "content-type": contentType } : {}) },
    body,
  });
  const text = await response.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = text;
  }
  if (!response.ok) {
    const problem = Problem.safeParse(data);
    throw new ApiError(response.status, problem.success ? problem.data : undefined, `HTTP ${response.status}`);
  }
  return schema.parse(data);
}

export function fileForm(file: File): FormData {
  const form = new FormData();
  form.append("file", file, file.name);
  return form;
}
