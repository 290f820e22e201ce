import { STUDENT_EXPORT_CONTRACT, STUDENT_EXPORT_FIELDS, STUDENT_EXPORT_VERSION, StudentExportQuery } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, versionedExportResponse, versionedExportResponses } from "@orbis/service-kit";
import { and, asc, eq, gt, gte, inArray, isNull, sql } from "drizzle-orm";
import { studentCourses, students } from "../db/schema/index";
import { EXPORT_READERS } from "../domain/access";
import { toExportRow } from "../domain/student-exports";
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
      responses: versionedExportResponses,
    }),
    (c) => {
      const { since, format } = c.req.valid("query");
      const sinceFilter = since ? gte(students.updatedAt, new Date(since)) : undefined;
      return versionedExportResponse<typeof students.$inferSelect>({
        contract: STUDENT_EXPORT_CONTRACT,
        version: STUDENT_EXPORT_VERSION,
        fields: STUDENT_EXPORT_FIELDS,
        format,
        since,
        generatedAt: now(),
        filename: "incoming-students",
        nextBatch: (after) =>
          db
            .select()
            .from(students)
            .where(and(sinceFilter, after ? gt(students.id, after.id) : undefined))
            .orderBy(asc(students.id))
            .limit(BATCH),
        // Approved credits of the batch's students in one query.
        toRows: async (batch) => {
          const credits = await db
            .select({ studentId: studentCourses.studentId, total: sql<string>`coalesce(sum(${studentCourses.ectsObtained}), 0)` })
            .from(studentCourses)
            .where(and(inArray(studentCourses.studentId, batch.map((r) => r.id)), eq(studentCourses.status, "approved"), isNull(studentCourses.removedOn)))
            .groupBy(studentCourses.studentId);
          const byStudent = new Map(credits.map((r) => [r.studentId, Number(r.total)]));
          return batch.map((row) => toExportRow(row, byStudent.get(row.id) ?? 0));
        },
      }) as never;
    },
  );

  return router;
}
