/**
 * Maps items with at most `limit` calls in flight, results in the items' order. Upstream calls each carry their
 * own timeout from the moment they are sent: firing hundreds at once makes the last ones time out in the queue.
 */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
