import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { LaRevision, LearningAgreementContent, Mobility } from "@orbis/contracts/outgoing";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Alert, Button, Dialog, ErrorPanel, LoadingState, TextField, ProblemAlert, problemMessage } from "@orbis/ui/react";
import { learningAgreementApi } from "../api/followup";
import { useText } from "../i18n";
import { useOutgoingContext } from "../shared/outgoing-context";
import { LaEditor } from "./LaEditor";
import { RevisionView } from "./RevisionView";

type Editing = { mode: "create"; kind: LaRevision["kind"]; initial: LearningAgreementContent | null } | { mode: "update"; revision: LaRevision } | null;

const contentOf = (r: LaRevision): LearningAgreementContent => ({
  tableA: r.tableA,
  tableB: r.tableB,
  virtualComponents: r.virtualComponents,
  language: r.language,
  sendingContact: r.sendingContact,
  receivingContact: r.receivingContact,
});

/** The learning agreement: current revision, editing, submission, the coordinator's decision, history and EWP export. */
export function LearningAgreementPanel({ mobility, canAct }: { mobility: Mobility; canAct: boolean }) {
  const t = useText();
  const { user } = useOutgoingContext();
  const queryClient = useQueryClient();
  const key = ["learning-agreement", mobility.id];
  const la = useQuery({ queryKey: key, queryFn: ({ signal }) => learningAgreementApi.get(mobility.id, signal) });
  const [editing, setEditing] = useState<Editing>(null);
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState("");
  const [announce, setAnnounce] = useState("");
  const done = (message: string) => () => {
    void queryClient.invalidateQueries({ queryKey: key });
    setAnnounce(message);
  };
  const save = useMutation({
    mutationFn: (content: LearningAgreementContent) =>
      editing?.mode === "update" ? learningAgreementApi.update(editing.revision.id, { ...content, version: editing.revision.version }) : learningAgreementApi.create(mobility.id, content),
    onSuccess: () => {
      setEditing(null);
      done(t("la.saved"))();
    },
  });
  const me = { name: user.name ?? user.email ?? user.sub, email: user.email ?? "", position: user.roles.includes("coordinator") ? "Coordinator" : "International relations officer" };
  const act = useMutation({
    mutationFn: ({ revision, action }: { revision: LaRevision; action: "submit" | "approve" | "reject" }) => {
      if (action === "submit") return learningAgreementApi.submit(revision.id, { version: revision.version, studentSignature: { name: `${mobility.firstName} ${mobility.lastName}`, position: "Student", email: mobility.email } });
      if (action === "approve") return learningAgreementApi.approve(revision.id, { version: revision.version, signer: me });
      return learningAgreementApi.reject(revision.id, { version: revision.version, comment });
    },
    onSuccess: (revision) => {
      setRejecting(false);
      setComment("");
      done(t("la.revision", { revision: revision.revision, kind: t(`la.kind.${revision.kind}`), status: t(`laStatus.${revision.status}`) }))();
    },
  });

  if (la.isPending) return <LoadingState label={t("common.loading")} />;
  if (la.isError) return <ErrorPanel title={t("problem.title")} message={problemMessage(t, la.error)} onRetry={() => void la.refetch()} />;
  const current = la.data.current;
  const live = canAct && (mobility.status === "planned" || mobility.status === "in-progress");
  const commentError = fieldErrorsOf(act.error).comment;

  return (
    <section aria-labelledby="outgoing-la-title" className="outgoing-panel">
      <h2 id="outgoing-la-title">{t("la.title")}</h2>
      <p role="status" className="outgoing-sr-status">{announce}</p>
      {editing ? (
        <LaEditor
          initial={editing.mode === "update" ? contentOf(editing.revision) : editing.initial}
          kind={editing.mode === "update" ? editing.revision.kind : editing.kind}
          saving={save.isPending}
          error={save.error}
          onSave={(content) => save.mutate(content)}
          onCancel={() => { save.reset(); setEditing(null); }}
        />
      ) : (
        <>
          {!current && <p>{t("la.none")}</p>}
          {current && <RevisionView revision={current} />}
          {current?.status === "rejected" && current.reviewComment && (
            <Alert tone="warning">
              <p>{t("la.reviewComment", { comment: current.reviewComment })}</p>
            </Alert>
          )}
          {!rejecting && <ProblemAlert error={act.error} />}
          <div className="outgoing-actions">
            {live && !current && <Button onClick={() => setEditing({ mode: "create", kind: "first-version", initial: null })}>{t("la.start")}</Button>}
            {live && current?.status === "approved" && <Button variant="secondary" onClick={() => setEditing({ mode: "create", kind: "changes", initial: { ...contentOf(current), tableA: [], tableB: [], virtualComponents: [] } })}>{t("la.startChanges")}</Button>}
            {canAct && current && (current.status === "draft" || current.status === "rejected") && (
              <>
                <Button variant="secondary" onClick={() => setEditing({ mode: "update", revision: current })}>{t("la.edit")}</Button>
                <Button onClick={() => act.mutate({ revision: current, action: "submit" })} loading={act.isPending}>{t("la.submit")}</Button>
              </>
            )}
            {canAct && current?.status === "submitted" && (
              <>
                <Button onClick={() => act.mutate({ revision: current, action: "approve" })} loading={act.isPending}>{t("la.approve")}</Button>
                <Button variant="danger" onClick={() => { act.reset(); setRejecting(true); }}>{t("la.reject")}</Button>
              </>
            )}
            {current?.status === "approved" && mobility.partnerId && (
              <a className="outgoing-link-button" href={learningAgreementApi.ewpUrl(mobility.id)} download>
                {t("la.ewp")}
              </a>
            )}
          </div>
          {la.data.revisions.length > 1 && (
            <details className="outgoing-history">
              <summary>{t("la.history")}</summary>
              <ul>
                {la.data.revisions.map((r) => (
                  <li key={r.id}>
                    {t("la.revision", { revision: r.revision, kind: t(`la.kind.${r.kind}`), status: t(`laStatus.${r.status}`) })}
                    {r.reviewComment && ` — ${r.reviewComment}`}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      {rejecting && current && (
        <Dialog
          open
          onClose={() => setRejecting(false)}
          title={t("la.rejectTitle")}
          description={t("la.rejectHelp")}
          footer={
            <>
              <Button variant="secondary" onClick={() => setRejecting(false)}>{t("common.cancel")}</Button>
              <Button variant="danger" loading={act.isPending} onClick={() => act.mutate({ revision: current, action: "reject" })}>{t("la.reject")}</Button>
            </>
          }
        >
          <TextField label={t("la.comment")} multiline required value={comment} onChange={setComment} error={commentError} />
          {!commentError && <ProblemAlert error={act.error} />}
        </Dialog>
      )}
    </section>
  );
}
