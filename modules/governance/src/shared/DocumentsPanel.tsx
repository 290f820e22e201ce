import { useRef, useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, EmptyState, ProblemAlert, TextField, useAnnounce } from "@orbis/ui/react";
import { documentsApi } from "../api/governance";
import { useText, type GovernanceMessageKey } from "../i18n";
import { useCanWrite } from "./governance-context";
import { QueryView } from "./QueryView";

/** The files attached to a record: download for readers, upload and delete for those who write. */
export function DocumentsPanel({ ownerType, ownerId, title = "documents.title" }: { ownerType: string; ownerId: string; title?: GovernanceMessageKey }) {
  const t = useText();
  const canWrite = useCanWrite();
  const announce = useAnnounce();
  const client = useQueryClient();
  const key = ["governance", "/documents", ownerType, ownerId];
  const docs = useQuery({ queryKey: key, queryFn: ({ signal }) => documentsApi.list(ownerType, ownerId, signal) });
  const fileRef = useRef<HTMLInputElement>(null);
  const [docTitle, setDocTitle] = useState("");
  const [uploadError, setUploadError] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (doc: { id: string; version: number }) => documentsApi.remove(doc.id, doc.version),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setUploadError(t("documents.file"));
      fileRef.current?.focus();
      return;
    }
    const form = new FormData();
    form.set("file", file);
    form.set("ownerType", ownerType);
    form.set("ownerId", ownerId);
    if (docTitle.trim()) form.set("title", docTitle.trim());
    const answer = await documentsApi.upload(form);
    if (!answer.ok) {
      setUploadError((answer.json as { detail?: string }).detail ?? `HTTP ${answer.status}`);
      return;
    }
    setUploadError(null);
    setDocTitle("");
    if (fileRef.current) fileRef.current.value = "";
    announce(t("documents.uploaded"));
    await client.invalidateQueries({ queryKey: key });
  }

  const inputId = `gov-doc-${ownerType}-${ownerId}`;
  return (
    <Card title={t(title)}>
      <QueryView query={docs}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t("documents.empty")} />
          ) : (
            <ul className="gov-documents">
              {data.items.map((doc) => (
                <li key={doc.id}>
                  <a href={documentsApi.contentHref(doc.id)} download={doc.filename} aria-label={t("documents.download", { title: doc.title })}>
                    {doc.title}
                  </a>{" "}
                  <span className="gov-muted">
                    {doc.filename} · {Math.ceil(doc.sizeBytes / 1024)} Ko · {t("documents.by", { who: doc.uploadedBy })}
                  </span>
                  {canWrite && (
                    <Button size="sm" variant="secondary" onClick={() => remove.mutate(doc)} aria-label={`${t("common.delete")} (${doc.title})`}>
                      {t("common.delete")}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <ProblemAlert error={remove.error} />
      {canWrite && (
        <form className="gov-form" onSubmit={(e) => void upload(e)}>
          <div className="gov-form-grid">
            <div className="o-field">
              <label className="o-field__label" htmlFor={inputId}>
                {t("documents.file")}
              </label>
              <input id={inputId} ref={fileRef} type="file" accept="application/pdf,image/jpeg,image/png" className="o-field__input" />
            </div>
            <TextField id={`${inputId}-title`} label={t("documents.docTitle")} value={docTitle} onChange={setDocTitle} />
          </div>
          {uploadError && <Alert tone="error">{uploadError}</Alert>}
          <div className="gov-form-actions">
            <Button type="submit">{t("documents.upload")}</Button>
          </div>
        </form>
      )}
    </Card>
  );
}
