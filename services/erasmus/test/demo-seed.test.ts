import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@orbis/test-kit";
import { count, isNull } from "drizzle-orm";
import { ERASMUS_DATABASE, type ErasmusDatabase } from "../src/db/database";
import { grants } from "../src/db/schema/index";
import { demoErasmusData } from "../src/seed/data";
import { seedDemo } from "../src/seed/demo";

const data = demoErasmusData(0.3);
let database: ErasmusDatabase;
beforeAll(async () => {
  database = await createTestDatabase(ERASMUS_DATABASE);
});
afterAll(() => database.close());

describe("demo seed", () => {
  it("seeds ten call years of rates, KA131/KA171 projects and computed student grants with payments; the second run adds nothing", async () => {
    const first = await seedDemo(database.db, data);
    expect(first.rates).toBe(10);
    expect(first.projects).toBe(20);
    expect(first.grants).toBeGreaterThan(100);
    expect(first.payments).toBeGreaterThan(first.grants / 2);
    const [computed] = await database.db.select({ n: count() }).from(grants).where(isNull(grants.problem));
    expect(computed!.n / first.grants).toBeGreaterThan(0.9);
    const second = await seedDemo(database.db, data);
    expect(second).toMatchObject({ rates: 0, projects: 0, grants: 0, payments: 0 });
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
  });
});
