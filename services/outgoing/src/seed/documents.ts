import { renderPdf } from "@orbis/documents";
import type { applicationDocuments } from "../db/schema/index";
import { addDays } from "../domain/dates";
import { sha256Of } from "../domain/upload";
import type { ApplicationInsert } from "./applications";
import type { CallInsert } from "./calls";
import { seedId, unit } from "./ids";

export type DocumentInsert = typeof applicationDocuments.$inferInsert & { id: string };

/**
 * The documents each application holds, one per document the call requires (so eligibility rests on grades and
 * certificates). Their content is one small placeholder PDF per kind, shared by all applications.
 */
export async function documentRows(calls: ReadonlyMap<string, CallInsert>, applications: readonly ApplicationInsert[]): Promise<DocumentInsert[]> {
  const kinds = [...new Set([...calls.values()].flatMap((c) => c.requiredDocuments))];
  const content = new Map<string, Uint8Array>();
  for (const kind of kinds) {
    content.set(kind, await renderPdf({ title: kind, footer: "Orbis – document de démonstration", language: "fr", blocks: [{ kind: "paragraph", text: "Document de démonstration déposé avec la candidature." }] }));
  }
  const hashes = new Map([...content].map(([kind, bytes]) => [kind, sha256Of(bytes)]));
  return applications.flatMap((a) => {
    const call = calls.get(a.callId)!;
    return call.requiredDocuments.map((kind): DocumentInsert => {
      const bytes = content.get(kind)!;
      const slug = kind.normalize("NFD").replace(/[^A-Za-z]+/g, "-").toLowerCase();
      return {
        id: seedId("application-document", a.id, kind),
        applicationId: a.id,
        kind,
        filename: `${slug}-${a.studentNumber}.pdf`,
        contentType: "application/pdf",
        sizeBytes: bytes.length,
        sha256: hashes.get(kind)!,
        content: bytes,
        uploadedBy: a.email!,
        uploadedAt: new Date(`${addDays(call.closesOn, -1 - Math.floor(unit("uploaded", a.id, kind) * 20))}T12:00:00Z`),
      };
    });
  });
}
