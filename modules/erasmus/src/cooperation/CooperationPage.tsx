import { useState, type FormEvent } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { COOPERATION_ACTIONS, COOPERATION_STAGES, type CooperationProject } from "@orbis/contracts/erasmus";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Badge, Button, Card, Checkbox, DataTable, FormAlert, Link, navigate, PageHeader, Pagination, SelectField, TextField, useAnnounce } from "@orbis/ui/react";
import { cooperationApi } from "../api/areas-b";
import { useText } from "../i18n";
import { useCanWrite, useHref } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";
import { coopBody, emptyCoopDraft, euros, type CoopDraft } from "./cooperation-form";
import "./cooperation.css";

const PAGE_SIZE = 25;
const INSTITUTION = "Institut des langues et civilisations du monde";

/** The KA2 pipeline: projects by stage, the upcoming deadlines, and a new idea. */
export function CooperationPage() {
  const t = useText();
  const href = useHref();
  const canWrite = useCanWrite();
  const [stage, setStage] = useState("");
  const [page, setPage] = useState(1);
  const query = { stage: stage || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const list = useQuery({ queryKey: ["cooperation", query], queryFn: ({ signal }) => cooperationApi.list(query, signal), placeholderData: keepPreviousData });
  const upcoming = useQuery({ queryKey: ["cooperation", "upcoming"], queryFn: ({ signal }) => cooperationApi.upcoming(60, signal) });
  return (
    <>
      <PageHeader title={t("coop.title")} description={t("coop.intro")} />
      <div className="erasmus-coop-layout">
        <div>
          <SelectField label={t("coop.stage")} value={stage} placeholder={t("coop.allStages")} options={COOPERATION_STAGES.map((s) => ({ value: s, label: t(`coop.stage.${s}`) }))} onChange={(v) => { setStage(v); setPage(1); }} />
          <QueryView query={list}>
            {(data) => (
              <>
                <DataTable<CooperationProject>
                  caption={t("coop.count", { count: data.total })}
                  rows={data.items}
                  rowKey={(p) => p.id}
                  busy={list.isFetching}
                  columns={[
                    { key: "acronym", header: t("coop.acronym"), rowHeader: true, render: (p) => <Link href={href("cooperationProject", { id: p.id })}>{p.acronym}</Link> },
                    { key: "title", header: t("coop.projectTitle") },
                    { key: "action", header: t("coop.action") },
                    { key: "callYear", header: t("coop.callYear") },
                    { key: "stage", header: t("coop.stage"), render: (p) => <Badge tone={p.stage === "rejected" ? "danger" : p.stage === "accepted" || p.stage === "running" ? "success" : "info"}>{t(`coop.stage.${p.stage}`)}</Badge> },
                    { key: "share", header: t("coop.share"), align: "end", render: (p) => euros(p.shareCents) },
                  ]}
                />
                <Pagination page={page} pageCount={Math.max(1, Math.ceil(data.total / PAGE_SIZE))} onPageChange={setPage} />
              </>
            )}
          </QueryView>
        </div>
        <div className="erasmus-coop-side">
          <Card title={t("coop.upcoming")}>
            <QueryView query={upcoming}>
              {(data) =>
                data.items.length === 0 ? (
                  <p>{t("coop.noDeadline")}</p>
                ) : (
                  <ul className="erasmus-coop-deadlines">
                    {data.items.map((d) => (
                      <li key={d.id} className={d.daysLeft < 0 ? "erasmus-coop-overdue" : undefined}>
                        <Link href={href("cooperationProject", { id: d.projectId })}>{d.projectAcronym}</Link> — {d.label} ({d.dueOn},{" "}
                        {d.daysLeft < 0 ? t("coop.overdue", { days: -d.daysLeft }) : t("coop.daysLeft", { days: d.daysLeft })})
                      </li>
                    ))}
                  </ul>
                )
              }
            </QueryView>
          </Card>
          {canWrite && <NewIdeaCard onCreated={(id) => navigate(href("cooperationProject", { id }))} />}
        </div>
      </div>
    </>
  );
}

function NewIdeaCard({ onCreated }: { onCreated: (id: string) => void }) {
  const t = useText();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<CoopDraft>(emptyCoopDraft);
  const set = (key: keyof CoopDraft) => (value: string | boolean) => setDraft({ ...draft, [key]: value });
  const save = useMutation({
    mutationFn: () => cooperationApi.create(coopBody(draft, INSTITUTION)),
    onSuccess: (p) => {
      void queryClient.invalidateQueries({ queryKey: ["cooperation"] });
      announce(t("coop.created"));
      onCreated(p.id);
    },
  });
  const errors = fieldErrorsOf(save.error);
  const fieldOf: Record<string, string> = { requestedCents: "requested", shareCents: "share" };
  const placed: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) placed[fieldOf[path] ?? (path.startsWith("partners") ? "partners" : path)] = message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Card title={t("coop.new")}>
      <form className="erasmus-coop-form" onSubmit={submit} noValidate>
        <SelectField label={t("coop.action")} value={draft.action} placeholder={null} options={COOPERATION_ACTIONS.map((a) => ({ value: a, label: a }))} onChange={set("action")} />
        <TextField label={t("coop.callYear")} inputMode="numeric" value={draft.callYear} onChange={set("callYear")} error={placed.callYear} required />
        <TextField label={t("coop.acronym")} value={draft.acronym} onChange={set("acronym")} error={placed.acronym} required />
        <TextField label={t("coop.projectTitle")} value={draft.title} onChange={set("title")} error={placed.title} required />
        <Checkbox label={t("coop.weLead")} checked={draft.weLead} onChange={set("weLead")} />
        {!draft.weLead && <TextField label={t("coop.lead")} value={draft.leadInstitution} onChange={set("leadInstitution")} error={placed.leadInstitution} required />}
        <TextField label={t("coop.leader")} value={draft.projectLeader} onChange={set("projectLeader")} error={placed.projectLeader} required />
        <TextField label={t("coop.requested")} inputMode="decimal" value={draft.requested} onChange={set("requested")} error={placed.requested} required />
        <TextField label={t("coop.share")} inputMode="decimal" value={draft.share} onChange={set("share")} error={placed.share} />
        <TextField label={t("coop.deadline")} type="date" value={draft.submissionDeadline} onChange={set("submissionDeadline")} error={placed.submissionDeadline} required />
        <TextField label={t("coop.partners")} hint={t("coop.partnersHint")} multiline rows={3} value={draft.partners} onChange={set("partners")} error={placed.partners} />
        <FormAlert invalid={false} error={save.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
        <Button type="submit" loading={save.isPending}>{t("common.save")}</Button>
      </form>
    </Card>
  );
}
