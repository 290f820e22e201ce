import { STUDENT_EXPORT_CONTRACT, STUDENT_EXPORT_FIELDS, STUDENT_EXPORT_VERSION, StudentExportQuery, type StudentExportHeader } from "@orbis/contracts/incoming";
import { createRouter, defineRoute } from "@orbis/service-kit";
import { and, asc, eq, gt, gte, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { studentCourses, students } from "../db/schema/index";
import { EXPORT_READERS } from "../domain/access";
import { csvHeader, csvLine, toExportRow } from "../domain/student-exports";
import type { RouteContext } from "./context";

const BATCH = 500;

/** The versioned, pseudonymous export of incoming stays for analytics: NDJSON (header line, then rows) or CSV. */
export function exportRoutes({ db, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/exports/students",
      tags: ["exports"],
      summary: `Contract ${STUDENT_EXPORT_CONTRACT} v${STUDENT_EXPORT_VERSION}: incoming stays changed since an instant, streamed`,
      access: { roles: EXPORT_READERS },
      request: { query: StudentExportQuery },
      responses: {
        200: {
          description: "NDJSON: a header object then one row per line; or CSV with the field names as header",
          content: { "application/x-ndjson": { schema: { type: "string" as const } }, "text/csv": { schema: { type: "string" as const } } },
        },
      },
    }),
    (c) => {
      const { since, format } = c.req.valid("query");
      const header: StudentExportHeader = {
        contract: STUDENT_EXPORT_CONTRACT,
        version: STUDENT_EXPORT_VERSION,
        generatedAt: now().toISOString(),
        since: since ?? null,
        fields: [...STUDENT_EXPORT_FIELDS],
      };
      const sinceFilter: SQL | undefined = since ? gte(students.updatedAt, new Date(since)) : undefined;
      const encoder = new TextEncoder();
      let lastId: string | null = null;
      let started = false;
      // Keyset batches by id, so the stream holds one batch in memory at a time.
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (!started) {
            started = true;
            controller.enqueue(encoder.encode(format === "csv" ? csvHeader() : `${JSON.stringify(header)}\n`));
            return;
          }
          const rows = await db
            .select()
            .from(students)
            .where(and(sinceFilter, lastId ? gt(students.id, lastId) : undefined))
            .orderBy(asc(students.id))
            .limit(BATCH);
          if (!rows.length) {
            controller.close();
            return;
          }
          lastId = rows[rows.length - 1]!.id;
          const credits = await db
            .select({ studentId: studentCourses.studentId, total: sql<string>`coalesce(sum(${studentCourses.ectsObtained}), 0)` })
            .from(studentCourses)
            .where(and(inArray(studentCourses.studentId, rows.map((r) => r.id)), eq(studentCourses.status, "approved"), isNull(studentCourses.removedOn)))
            .groupBy(studentCourses.studentId);
          const byStudent = new Map(credits.map((r) => [r.studentId, Number(r.total)]));
          const lines = rows.map((row) => {
            const out = toExportRow(row, byStudent.get(row.id) ?? 0);
            return format === "csv" ? csvLine(out) : `${JSON.stringify(out)}\n`;
          });
          controller.enqueue(encoder.encode(lines.join("")));
        },
      });
      const stamp = header.generatedAt.slice(0, 10);
      return new Response(stream, {
        status: 200,
        headers: {
          "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
          "content-disposition": `attachment; filename="incoming-students-v${STUDENT_EXPORT_VERSION}-${stamp}.${format}"`,
          "x-export-contract": `${STUDENT_EXPORT_CONTRACT}; version=${STUDENT_EXPORT_VERSION}`,
          "cache-control": "private, no-store",
        },
      }) as never;
    },
  );

  return router;
}
