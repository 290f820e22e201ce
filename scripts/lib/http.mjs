// JSON calls to the platform (through the shell's /api proxy), with problem+json errors made readable.

export class CallFailed extends Error {
  constructor(message, { status, problem } = {}) {
    super(message);
    this.name = "CallFailed";
    this.status = status;
    this.problem = problem;
  }
}

function describeProblem(problem) {
  if (!problem || typeof problem !== "object") return "";
  const parts = [problem.title, problem.detail].filter((part, index, all) => part && all.indexOf(part) === index);
  const fields = Array.isArray(problem.errors) ? problem.errors.map((e) => `${e.path}: ${e.message}`) : [];
  return [parts.join(": "), ...fields].filter(Boolean).join("; ");
}

/** fetch + JSON; throws CallFailed with the service's problem details, or a hint when nothing answers. */
export async function callJson(url, { method = "GET", token, body, form, timeoutMs = 30_000 } = {}) {
  const headers = { accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  let payload;
  if (form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    payload = new URLSearchParams(form).toString();
  } else if (body !== undefined) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(url, { method, headers, body: payload, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const cause = error.cause?.code ?? error.cause?.errors?.[0]?.code ?? error.cause?.message ?? error.message;
    throw new CallFailed(`${method} ${url}: no answer (${cause})`);
  }
  const text = await response.text();
  let data;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = text;
  }
  if (!response.ok) {
    const detail = describeProblem(data) || (typeof data === "string" ? data.slice(0, 200) : "");
    throw new CallFailed(`${method} ${new URL(url).pathname} answered ${response.status}${detail ? ` (${detail})` : ""}`, {
      status: response.status,
      problem: data,
    });
  }
  return { status: response.status, data };
}
