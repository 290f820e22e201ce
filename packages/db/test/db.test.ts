import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, rowsOf } from "../src/index";
import { createTestDatabase } from "../src/testing";

const migrationsFolder = join(import.meta.dirname, "fixture-migrations");
const options = { schemaName: "fixture", migrationsFolder, schema: {} };

describe("embedded PGlite folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "orbis-db-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("applies migrations once and keeps data across restarts", async () => {
    const first = await createDatabase({ ...options, dataDir: dir });
    expect(await first.status()).toMatchObject({ reachable: true, applied: 0, expected: 1 });
    await first.migrate();
    await first.migrate();
    await first.db.execute(sql`insert into fixture.notes (body) values ('kept')`);
    expect(await first.status()).toMatchObject({ applied: 1, expected: 1 });
    await first.close();

    const second = await createDatabase({ ...options, dataDir: dir });
    await second.migrate();
    const rows = rowsOf<{ body: string }>(await second.db.execute(sql`select body from fixture.notes`));
    expect(rows.map((r) => r.body)).toEqual(["kept"]);
    await second.close();
  });
});

describe("test databases", () => {
  it("are isolated from one another and migrated", async () => {
    const a = await createTestDatabase(options);
    const b = await createTestDatabase(options);
    await a.db.execute(sql`insert into fixture.notes (body) values ('only in a')`);
    const inB = rowsOf(await b.db.execute(sql`select * from fixture.notes`));
    expect(inB).toHaveLength(0);
    expect(a.kind).toBe(process.env.TEST_DATABASE_URL ? "pg" : "pglite");
    await a.close();
    await b.close();
  });

  it("report an unreachable server as not ready", async () => {
    const handle = await createDatabase({ ...options, url: "postgres://nobody@127.0.0.1:1/none" });
    const status = await handle.status();
    expect(status.reachable).toBe(false);
    await handle.close();
  });
});
