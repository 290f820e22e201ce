import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Application } from "@orbis/contracts/outgoing";
import { Badge, Button, SelectField, TextField, useAnnounce, ProblemAlert } from "@orbis/ui/react";
import { fieldErrorsOf } from "../api/problems";
import { selectionApi } from "../api/selection";
import { useText } from "../i18n";
import { useIsStaff } from "../shared/outgoing-context";

/** Under an existing application: its eligibility, its documents (upload, download) and withdrawal. */
export function ApplicationPanels({ application }: { application: Application }) {
  const t = useText();
  const staff = useIsStaff();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const call = useQuery({ queryKey: ["call", application.callId], queryFn: ({ signal }) => selectionApi.call(application.callId, signal) });
  const documents = useQuery({ queryKey: ["documents", application.id], queryFn: ({ signal }) => selectionApi.documents(application.id, signal) });
  const [kind, setKind] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState("");
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ["documents", application.id] });
    void queryClient.invalidateQueries({ queryKey: ["application", application.id] });
  };
  const upload = useMutation({
    mutationFn: () => selectionApi.uploadDocument(application.id, kind, file!),
    onSuccess: (document) => {
      refresh();
      announce(t("documents.uploaded", { kind: document.kind }));
    },
  });
  const withdraw = useMutation({
    mutationFn: () => selectionApi.withdrawApplication(application.id, { version: application.version, reason }),
    onSuccess: (updated) => {
      queryClient.setQueryData(["application", application.id], updated);
      announce(t("withdraw.done"));
    },
  });
  const withdrawErrors = fieldErrorsOf(withdraw.error);
  const uploadErrors = fieldErrorsOf(upload.error);
  return (
    <>
      <section aria-labelledby="application-eligibility">
        <h2 id="application-eligibility">{t("applications.eligible")}</h2>
        <Badge tone={application.eligibility.eligible ? "success" : "warning"}>{t(application.eligibility.eligible ? "eligibility.yes" : "eligibility.no")}</Badge>
        {application.eligibility.reasons.length > 0 && (
          <ul>
            {application.eligibility.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="application-documents">
        <h2 id="application-documents">{t("documents.title")}</h2>
        <ul>
          {(documents.data?.items ?? []).map((d) => (
            <li key={d.id}>
              <a href={selectionApi.documentHref(application.id, d.id)} download>{`${d.kind} — ${d.filename}`}</a>
            </li>
          ))}
        </ul>
        {staff && (call.data?.requiredDocuments.length ?? 0) > 0 && (
          <form className="outgoing-form" onSubmit={(event) => { event.preventDefault(); upload.mutate(); }}>
            <SelectField label={t("documents.kind")} value={kind} placeholder={t("form.noChoice")} options={call.data!.requiredDocuments.map((k) => ({ value: k, label: k }))} onChange={setKind} error={uploadErrors.kind} />
            <label htmlFor="outgoing-document-file">{t("documents.file")}</label>
            <input id="outgoing-document-file" type="file" accept="application/pdf,image/jpeg,image/png" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
            <ProblemAlert error={uploadErrors.kind ? null : upload.error} />
            <Button type="submit" variant="secondary" disabled={!file || !kind} loading={upload.isPending}>{t("documents.upload")}</Button>
          </form>
        )}
      </section>
      {staff && application.status === "submitted" && (
        <section aria-labelledby="application-withdraw">
          <h2 id="application-withdraw">{t("withdraw.title")}</h2>
          <form className="outgoing-form" noValidate onSubmit={(event) => { event.preventDefault(); withdraw.mutate(); }}>
            <TextField label={t("withdraw.reason")} value={reason} onChange={setReason} error={withdrawErrors.reason} required />
            <ProblemAlert error={withdrawErrors.reason ? null : withdraw.error} />
            <Button type="submit" variant="danger" loading={withdraw.isPending}>{t("withdraw.action")}</Button>
          </form>
        </section>
      )}
    </>
  );
}
