import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { STEP_STATUSES, type FollowUpStep, type StepStatus } from "@orbis/contracts/outgoing";
import { Badge, DataTable, ErrorPanel, LoadingState, SelectField, type DataTableColumn, ProblemAlert, problemMessage } from "@orbis/ui/react";
import { followUpApi } from "../api/followup";
import { useText } from "../i18n";

/** The mobility's checklist: each step's status changes in place; late steps are flagged. */
export function StepsPanel({ mobilityId, canEdit }: { mobilityId: string; canEdit: boolean }) {
  const t = useText();
  const queryClient = useQueryClient();
  const [announce, setAnnounce] = useState("");
  const steps = useQuery({ queryKey: ["steps", mobilityId], queryFn: ({ signal }) => followUpApi.steps(mobilityId, signal) });
  const upload = useMutation({
    mutationFn: ({ step, file }: { step: FollowUpStep; file: File }) => followUpApi.uploadDocument(mobilityId, step.step, step.version, file),
    onSuccess: (saved) => {
      queryClient.setQueryData<FollowUpStep[]>(["steps", mobilityId], (rows) => rows?.map((r) => (r.id === saved.id ? saved : r)));
      setAnnounce(t("steps.uploaded", { step: t(`step.${saved.step}`) }));
    },
  });
  const change = useMutation({
    mutationFn: ({ step, status }: { step: FollowUpStep; status: StepStatus }) => followUpApi.patchStep(mobilityId, step.step, { version: step.version, status }),
    onSuccess: (saved) => {
      queryClient.setQueryData<FollowUpStep[]>(["steps", mobilityId], (rows) => rows?.map((r) => (r.id === saved.id ? saved : r)));
      setAnnounce(t("steps.saved", { step: t(`step.${saved.step}`), status: t(`stepStatus.${saved.status}`) }));
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: ["steps", mobilityId] }),
  });
  if (steps.isPending) return <LoadingState label={t("common.loading")} />;
  if (steps.isError) return <ErrorPanel title={t("problem.title")} message={problemMessage(t, steps.error)} onRetry={() => void steps.refetch()} />;

  const columns: DataTableColumn<FollowUpStep>[] = [
    { key: "step", header: t("steps.step"), rowHeader: true, render: (s) => t(`step.${s.step}`) },
    {
      key: "status",
      header: t("steps.status"),
      render: (s) =>
        canEdit ? (
          <SelectField
            label={t("steps.statusOf", { step: t(`step.${s.step}`) })}
            className="outgoing-inline-field"
            value={s.status}
            placeholder={null}
            options={STEP_STATUSES.map((value) => ({ value, label: t(`stepStatus.${value}`) }))}
            onChange={(status) => change.mutate({ step: s, status: status as StepStatus })}
            disabled={change.isPending}
          />
        ) : (
          t(`stepStatus.${s.status}`)
        ),
    },
    {
      key: "due",
      header: t("steps.due"),
      render: (s) => (
        <>
          {s.dueDate ?? "—"} {s.late && <Badge tone="danger">{t("steps.late")}</Badge>}
        </>
      ),
    },
    { key: "doneOn", header: t("steps.doneOn"), render: (s) => s.doneOn ?? "—" },
    {
      key: "document",
      header: t("steps.document"),
      render: (s) => (
        <>
          {s.document ? <a href={followUpApi.documentUrl(mobilityId, s.step)}>{`${t("steps.download")} (${s.document.filename})`}</a> : "—"}
          {canEdit && (
            <span className="outgoing-file">
              <label htmlFor={`outgoing-document-${s.id}`}>{t("steps.attach", { step: t(`step.${s.step}`) })}</label>
              <input
                id={`outgoing-document-${s.id}`}
                type="file"
                accept="application/pdf,image/jpeg,image/png"
                disabled={upload.isPending}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) upload.mutate({ step: s, file });
                  event.target.value = "";
                }}
              />
            </span>
          )}
        </>
      ),
    },
  ];
  return (
    <section aria-labelledby="outgoing-steps-title" className="outgoing-panel">
      <h2 id="outgoing-steps-title">{t("steps.title")}</h2>
      <ProblemAlert error={change.error ?? upload.error} />
      <p role="status" className="outgoing-sr-status">{announce}</p>
      <DataTable caption={t("steps.caption")} captionHidden columns={columns} rows={steps.data} rowKey={(s) => s.id} />
    </section>
  );
}
