import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { COOPERATION_TRANSITIONS, type CooperationProjectDetails, type CooperationStage, type Meeting } from "@orbis/contracts/erasmus";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Badge, Button, Card, Checkbox, FormAlert, PageHeader, SelectField, TextField, useAnnounce } from "@orbis/ui/react";
import { cooperationApi } from "../api/areas-b";
import { useText } from "../i18n";
import { useCanWrite } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";
import { StaleNotice } from "../shared/StaleNotice";
import { centsOf, euros } from "./cooperation-form";
import "./cooperation.css";

const today = () => new Date().toISOString().slice(0, 10);

/** One cooperation project: facts, its move along the pipeline, deadlines and committee meetings. */
export function CooperationProjectPage({ id }: { id: string }) {
  const t = useText();
  const project = useQuery({ queryKey: ["cooperation", id], queryFn: ({ signal }) => cooperationApi.get(id, signal) });
  return (
    <QueryView query={project}>
      {(p) => (
        <>
          <PageHeader title={`${p.acronym} — ${p.title}`} description={`${p.action} · ${t("coop.callYear")} ${p.callYear}`} />
          <div className="erasmus-coop-detail">
            <Card title={t("coop.stage")}>
              <p><Badge tone="info">{t(`coop.stage.${p.stage}`)}</Badge> ({p.stageChangedOn})</p>
              <dl className="erasmus-coop-facts">
                <dt>{t("coop.lead")}</dt><dd>{p.leadInstitution}</dd>
                <dt>{t("coop.leader")}</dt><dd>{p.projectLeader}</dd>
                <dt>{t("coop.requested")}</dt><dd>{euros(p.requestedCents)}</dd>
                <dt>{t("coop.share")}</dt><dd>{euros(p.shareCents)}</dd>
                <dt>{t("coop.granted")}</dt><dd>{euros(p.grantedCents)}</dd>
                <dt>{t("coop.deadline")}</dt><dd>{p.submissionDeadline}</dd>
                <dt>{t("coop.partners")}</dt><dd>{p.partners.map((x) => `${x.name} (${x.countryCode})`).join(", ") || "—"}</dd>
              </dl>
              <StageForm key={p.version} project={p} onReload={() => void project.refetch()} />
            </Card>
            <DeadlinesCard project={p} />
            <MeetingsCard project={p} />
          </div>
        </>
      )}
    </QueryView>
  );
}

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ["cooperation"] }).then(() => queryClient.invalidateQueries({ queryKey: ["cooperation", id] }));
}

function StageForm({ project, onReload }: { project: CooperationProjectDetails; onReload: () => void }) {
  const t = useText();
  const announce = useAnnounce();
  const canWrite = useCanWrite();
  const refresh = useRefresh(project.id);
  const next = COOPERATION_TRANSITIONS[project.stage];
  const [draft, setDraft] = useState({ stage: next[0] ?? "", on: today(), granted: "" });
  const move = useMutation({
    mutationFn: () =>
      cooperationApi.stage(project.id, { version: project.version, stage: draft.stage as CooperationStage, on: draft.on, ...(draft.stage === "accepted" ? { grantedCents: centsOf(draft.granted) } : {}) }),
    onSuccess: (p) => {
      announce(t("coop.moved", { stage: t(`coop.stage.${p.stage}`) }));
      refresh();
    },
  });
  if (!canWrite) return null;
  if (next.length === 0) return <p>{t("coop.finalStage")}</p>;
  const errors = fieldErrorsOf(move.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    move.mutate();
  };
  return (
    <form className="erasmus-coop-form" onSubmit={submit} noValidate>
      <SelectField label={t("coop.moveTo")} value={draft.stage} placeholder={null} options={next.map((s) => ({ value: s, label: t(`coop.stage.${s}`) }))} onChange={(stage) => setDraft({ ...draft, stage })} error={errors.stage} />
      <TextField label={t("coop.on")} type="date" value={draft.on} onChange={(on) => setDraft({ ...draft, on })} error={errors.on} required />
      {draft.stage === "accepted" && <TextField label={t("coop.granted")} inputMode="decimal" value={draft.granted} onChange={(granted) => setDraft({ ...draft, granted })} error={errors.grantedCents} required />}
      <StaleNotice error={move.error} onReload={onReload} />
      <FormAlert invalid={false} error={move.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
      <Button type="submit" loading={move.isPending}>{t("coop.moveTo")}</Button>
    </form>
  );
}

function DeadlinesCard({ project }: { project: CooperationProjectDetails }) {
  const t = useText();
  const canWrite = useCanWrite();
  const refresh = useRefresh(project.id);
  const [draft, setDraft] = useState({ label: "", dueOn: "" });
  const add = useMutation({ mutationFn: () => cooperationApi.addDeadline(project.id, draft), onSuccess: () => { setDraft({ label: "", dueOn: "" }); refresh(); } });
  const toggle = useMutation({ mutationFn: (d: { id: string; version: number; done: boolean }) => cooperationApi.setDeadline(d.id, { version: d.version, done: d.done }), onSuccess: refresh });
  const errors = fieldErrorsOf(add.error);
  return (
    <Card title={t("coop.deadlines")}>
      <ul className="erasmus-coop-deadlines">
        {project.deadlines.map((d) => (
          <li key={d.id}>
            {canWrite ? (
              <Checkbox label={`${d.dueOn} — ${d.label}`} checked={d.done} onChange={(done) => toggle.mutate({ id: d.id, version: d.version, done })} />
            ) : (
              `${d.dueOn} — ${d.label}${d.done ? ` (${t("coop.done")})` : ""}`
            )}
          </li>
        ))}
      </ul>
      {canWrite && (
        <form className="erasmus-coop-form" onSubmit={(e) => { e.preventDefault(); add.mutate(); }} noValidate>
          <TextField label={t("coop.label")} value={draft.label} onChange={(label) => setDraft({ ...draft, label })} error={errors.label} required />
          <TextField label={t("coop.dueOn")} type="date" value={draft.dueOn} onChange={(dueOn) => setDraft({ ...draft, dueOn })} error={errors.dueOn} required />
          <FormAlert invalid={false} error={add.error ?? toggle.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
          <Button type="submit" variant="secondary" loading={add.isPending}>{t("coop.addDeadline")}</Button>
        </form>
      )}
    </Card>
  );
}

function MeetingsCard({ project }: { project: CooperationProjectDetails }) {
  const t = useText();
  const canWrite = useCanWrite();
  const refresh = useRefresh(project.id);
  const [draft, setDraft] = useState({ heldOn: "", place: "" });
  const add = useMutation({ mutationFn: () => cooperationApi.addMeeting(project.id, draft), onSuccess: () => { setDraft({ heldOn: "", place: "" }); refresh(); } });
  const errors = fieldErrorsOf(add.error);
  return (
    <Card title={t("coop.meetings")}>
      {project.meetings.map((m) => <MeetingMinutes key={`${m.id}/${m.version}`} meeting={m} onSaved={refresh} />)}
      {canWrite && (
        <form className="erasmus-coop-form" onSubmit={(e) => { e.preventDefault(); add.mutate(); }} noValidate>
          <TextField label={t("coop.heldOn")} type="date" value={draft.heldOn} onChange={(heldOn) => setDraft({ ...draft, heldOn })} error={errors.heldOn} required />
          <TextField label={t("coop.place")} value={draft.place} onChange={(place) => setDraft({ ...draft, place })} error={errors.place} required />
          <FormAlert invalid={false} error={add.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
          <Button type="submit" variant="secondary" loading={add.isPending}>{t("coop.addMeeting")}</Button>
        </form>
      )}
    </Card>
  );
}

function MeetingMinutes({ meeting, onSaved }: { meeting: Meeting; onSaved: () => void }) {
  const t = useText();
  const announce = useAnnounce();
  const canWrite = useCanWrite();
  const [minutes, setMinutes] = useState(meeting.minutes);
  const save = useMutation({ mutationFn: () => cooperationApi.updateMeeting(meeting.id, { version: meeting.version, minutes }), onSuccess: () => { announce(t("coop.saved")); onSaved(); } });
  return (
    <section className="erasmus-coop-meeting" aria-label={`${meeting.heldOn} — ${meeting.place}`}>
      <h3>{`${meeting.heldOn} — ${meeting.place}`}</h3>
      {meeting.attendees.length > 0 && <p>{meeting.attendees.join(", ")}</p>}
      {canWrite ? (
        <form onSubmit={(e) => { e.preventDefault(); save.mutate(); }} noValidate>
          <TextField label={t("coop.minutes")} multiline rows={3} value={minutes} onChange={setMinutes} error={fieldErrorsOf(save.error).minutes} />
          <StaleNotice error={save.error} onReload={onSaved} />
          <Button type="submit" variant="secondary" loading={save.isPending}>{t("coop.saveMinutes")}</Button>
        </form>
      ) : (
        <p>{meeting.minutes}</p>
      )}
    </section>
  );
}
