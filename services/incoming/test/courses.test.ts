import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { courses } from "../src/db/schema/index";
import { auditCount, createCourse } from "./academic-fixtures";
import { paths, startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming();
});
afterAll(() => h.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  code: "chi-210",
  titleFr: "Civilisation chinoise",
  titleEn: "Chinese civilisation",
  department: "CHINESE",
  semester: "S2",
  credits: 4.5,
  iscedCode: "0231",
  level: "L2",
  ...overrides,
});

describe("course catalogue", () => {
  it("creates, lists, reads and edits a course; Spanish title optional; audited", async () => {
    const token = await h.tokenFor("incoming");
    const before = await auditCount(h);
    const created = await h.call("POST", "/courses", { token, body: body() });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ code: "CHI-210", titleEs: null, credits: 4.5, version: 1 });
    expect(await auditCount(h)).toBe(before + 1);
    const list = await h.call("GET", "/courses?department=CHINESE&q=civilisation", { token: await h.tokenFor("erasmus") });
    expect(list.json.items.map((c: { code: string }) => c.code)).toEqual(["CHI-210"]);
    const one = await h.call("GET", `/courses/${created.json.id}`, { token });
    expect(one.json.titleEn).toBe("Chinese civilisation");
    const edited = await h.call("PATCH", `/courses/${created.json.id}`, { token, body: { version: 1, titleEs: "Civilización china", credits: 5 } });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ titleEs: "Civilización china", credits: 5, version: 2 });
    const stale = await h.call("PATCH", `/courses/${created.json.id}`, { token, body: { version: 1, credits: 6 } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    expect((await h.call("GET", `/courses/${created.json.id}`, { token })).json.credits).toBe(5);
  });

  it("refuses a course without credits, bad fields and a duplicate code, naming the field and writing nothing", async () => {
    const token = await h.tokenFor("incoming");
    await createCourse(h, "LAW", { code: "LAW-900" });
    const [{ n: coursesBefore }] = (await h.db.select({ n: count() }).from(courses)) as [{ n: number }];
    const auditBefore = await auditCount(h);
    const noCredits = await h.call("POST", "/courses", { token, body: body({ code: "CHI-300", credits: 0 }) });
    expect(noCredits.status).toBe(400);
    expect(paths(noCredits.json)).toEqual(["body.credits"]);
    const missing = await h.call("POST", "/courses", { token, body: body({ code: "CHI-301", credits: undefined }) });
    expect(paths(missing.json)).toEqual(["body.credits"]);
    const bad = await h.call("POST", "/courses", { token, body: body({ code: "x", semester: "S3", iscedCode: "languages", level: "L9", titleFr: "" }) });
    expect(paths(bad.json)).toEqual(["body.code", "body.iscedCode", "body.level", "body.semester", "body.titleFr"]);
    const duplicate = await h.call("POST", "/courses", { token, body: body({ code: "law-900", department: "LAW" }) });
    expect(duplicate.status).toBe(409);
    expect(paths(duplicate.json)).toEqual(["body.code"]);
    const badEdit = await h.call("PATCH", "/courses/00000000-0000-4000-8000-000000000000", { token, body: { version: 1, credits: -2 } });
    expect(paths(badEdit.json)).toEqual(["body.credits"]);
    expect((await h.call("PATCH", "/courses/00000000-0000-4000-8000-000000000000", { token, body: { version: 1, credits: 2 } })).status).toBe(404);
    expect((await h.db.select({ n: count() }).from(courses))[0]!.n).toBe(coursesBefore);
    expect(await auditCount(h)).toBe(auditBefore);
  });

  it("lets coordinators keep their departments' courses only; 401 without a token, 403 for other roles", async () => {
    const coordinator = await h.tokenFor("coordinator", ["CHINESE"]);
    const own = await h.call("POST", "/courses", { token: coordinator, body: body({ code: "CHI-400" }) });
    expect(own.status).toBe(201);
    const other = await h.call("POST", "/courses", { token: coordinator, body: body({ code: "LAW-400", department: "LAW" }) });
    expect(other.status).toBe(403);
    expect(other.json.code).toBe("out_of_scope");
    const law = await createCourse(h, "LAW");
    expect((await h.call("PATCH", `/courses/${law.id}`, { token: coordinator, body: { version: 1, credits: 3 } })).status).toBe(403);
    expect((await h.call("GET", "/courses")).status).toBe(401);
    expect((await h.call("POST", "/courses", { token: await h.tokenFor("leadership"), body: body({ code: "CHI-401" }) })).status).toBe(403);
    expect((await h.call("GET", "/courses", { token: await h.tokenFor("outgoing") })).status).toBe(403);
  });
});
