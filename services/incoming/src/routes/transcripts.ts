import { IssueTranscript, Transcript, TranscriptPdfQuery } from "@orbis/contracts/incoming";
import { createRouter, defineRoute, HttpProblem, jsonBody, jsonResponse, principalOf, recordAudit } from "@orbis/service-kit";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { Id } from "@orbis/contracts/common";
import { AgreementsCallFailed } from "../clients/agreements";
import { audit, students, transcripts } from "../db/schema/index";
import { actorOf, READERS, WRITERS } from "../domain/access";
import { IdParams } from "../domain/api-schemas";
import { isUniqueViolation } from "../domain/db-errors";
import { HOME } from "../domain/home-institution";
import { loadStudent } from "../domain/students";
import { transcriptPdf } from "../domain/transcript-pdf";
import { gradedLines, loadTranscript, toTranscript } from "../domain/transcripts";
import { torGetResponseXml } from "../ewp/imobility-tor";
import type { RouteContext } from "./context";

const VersionParams = z.object({ id: Id, version: z.coerce.number().int().min(1) });
const FILE_WORD = { fr: "releve-de-notes", en: "transcript-of-records", es: "certificado-de-calificaciones" } as const;

/**
 * Transcripts of Records: issued by the office from the graded courses (version 1), reissued after corrections as
 * 2, 3... with the reason; every version stays readable as PDF (French, English, Spanish) and as EWP ELMO XML.
 */
export function transcriptRoutes({ db, agreements, now }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students/{id}/transcripts",
      tags: ["transcripts"],
      summary: "Every issued version of the student's transcript, newest first",
      access: { roles: READERS },
      request: { params: IdParams },
      responses: { 200: jsonResponse(z.array(Transcript), "The versions") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await loadStudent(db, id, principalOf(c));
      const rows = await db.select().from(transcripts).where(eq(transcripts.studentId, id)).orderBy(desc(transcripts.version));
      return c.json(rows.map(toTranscript), 200);
    },
  );

  router.openapi(
    defineRoute({
      method: "post",
      path: "/students/{id}/transcripts",
      tags: ["transcripts"],
      summary: "Issue the transcript (latestVersion 0) or reissue it after corrections (latestVersion seen, reason required)",
      access: { roles: WRITERS },
      request: { params: IdParams, ...jsonBody(IssueTranscript) },
      responses: { 201: jsonResponse(Transcript, "The version issued") },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { latestVersion, reason } = c.req.valid("json");
      try {
        const row = await db.transaction(async (tx) => {
          await tx.select({ id: students.id }).from(students).where(eq(students.id, id)).for("update");
          await loadStudent(tx, id, principalOf(c));
          const [latest] = await tx.select({ version: transcripts.version }).from(transcripts).where(eq(transcripts.studentId, id)).orderBy(desc(transcripts.version)).limit(1);
          const current = latest?.version ?? 0;
          if (current !== latestVersion) throw new HttpProblem("stale_version", `You saw version ${latestVersion} of the transcript but version ${current} is the latest. Reload first.`);
          const lines = await gradedLines(tx, id);
          if (!lines.length) throw new HttpProblem("conflict", "No graded course yet: there is nothing to put in a transcript.");
          const [created] = await tx
            .insert(transcripts)
            .values({ studentId: id, version: current + 1, reason: current ? reason! : null, issuedAt: now(), issuedBy: actorOf(principalOf(c)), lines })
            .returning();
          const after = toTranscript(created!);
          await recordAudit(tx, audit, c, { action: current ? "reissue-transcript" : "issue-transcript", entity: "transcript", entityId: created!.id, after: { version: after.version, reason: after.reason, totalEctsObtained: after.totalEctsObtained } });
          return after;
        });
        return c.json(row, 201);
      } catch (error) {
        if (isUniqueViolation(error)) throw new HttpProblem("stale_version", "Someone issued this transcript at the same time. Reload first.");
        throw error;
      }
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students/{id}/transcripts/{version}/pdf",
      tags: ["transcripts"],
      summary: "One version of the transcript as a PDF in French (default), English or Spanish",
      access: { roles: READERS },
      request: { params: VersionParams, query: TranscriptPdfQuery },
      responses: { 200: { description: "The PDF", content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } } } },
    }),
    async (c) => {
      const { id, version } = c.req.valid("param");
      const { lang } = c.req.valid("query");
      const student = await loadStudent(db, id, principalOf(c));
      const transcript = toTranscript(await loadTranscript(db, id, version));
      const bytes = await transcriptPdf(student, transcript, lang);
      return new Response(new Uint8Array(bytes), {
        status: 200,
        headers: {
          "content-type": "application/pdf",
          "content-disposition": `attachment; filename="${FILE_WORD[lang]}-${student.id.slice(0, 8)}-v${version}.pdf"`,
          "content-language": lang,
          "cache-control": "private, no-store",
        },
      }) as never;
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/students/{id}/transcripts/{version}/ewp",
      tags: ["transcripts"],
      summary: "One version of the transcript as an EWP imobility-tors v2 get-response (EMREX ELMO)",
      access: { roles: READERS },
      request: { params: VersionParams },
      responses: { 200: { description: "The XML document", content: { "application/xml": { schema: { type: "string" as const } } } } },
    }),
    async (c) => {
      const { id, version } = c.req.valid("param");
      const student = await loadStudent(db, id, principalOf(c));
      const transcript = toTranscript(await loadTranscript(db, id, version));
      let sendingHei: { schacCode: string | null; name: string } | null = null;
      if (student.partnerId) {
        try {
          const partner = await agreements.partner(student.partnerId);
          sendingHei = { schacCode: partner.schacCode ?? null, name: partner.nameLatin ?? partner.name };
        } catch (error) {
          if (!(error instanceof AgreementsCallFailed && error.status === 404)) throw error;
        }
      }
      const xml = torGetResponseXml({ student, transcript, issuer: HOME, sendingHei });
      return new Response(xml, {
        status: 200,
        headers: { "content-type": "application/xml; charset=utf-8", "content-disposition": `attachment; filename="tor-${student.id.slice(0, 8)}-v${version}.xml"`, "cache-control": "private, no-store" },
      }) as never;
    },
  );

  return router;
}
