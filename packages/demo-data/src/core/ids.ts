import { createHash } from "node:crypto";

/**
 * Name-based UUIDs in the style of RFC 9562 version 5 (SHA-1 of a namespace and a name): the same seed and name
 * always give the same id, so every service seeding from the same universe agrees on the ids.
 */
export function createIdFactory(seed: number): (kind: string, name: string) => string {
  const namespace = `orbis-demo-data/${seed >>> 0}/`;
  return (kind, name) => {
    const bytes = createHash("sha1").update(namespace).update(kind).update("/").update(name).digest();
    bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
    bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
    const hex = bytes.subarray(0, 16).toString("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  };
}
