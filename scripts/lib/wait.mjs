// Polls an URL until it answers 2xx, the watched process exits, or time runs out.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves when `url` answers 2xx; rejects when `exited` settles first or after `timeoutMs`.
 * @param {string} url
 * @param {{ exited?: Promise<unknown>, timeoutMs?: number, intervalMs?: number }} [options]
 */
export async function waitUntilReady(url, { exited, timeoutMs = Number(process.env.ORBIS_READY_TIMEOUT_MS ?? 180_000), intervalMs = 250 } = {}) {
  let processGone = false;
  exited?.then(() => (processGone = true));
  const deadline = Date.now() + timeoutMs;
  let lastProblem = "no answer yet";
  while (Date.now() < deadline) {
    if (processGone) throw new Error("the process exited before it was ready");
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      if (response.ok) return;
      lastProblem = `answered ${response.status}`;
    } catch (error) {
      lastProblem = error.cause?.code ?? error.message;
    }
    await sleep(intervalMs);
  }
  throw new Error(`${url} not ready after ${Math.round(timeoutMs / 1000)} s (${lastProblem})`);
}
