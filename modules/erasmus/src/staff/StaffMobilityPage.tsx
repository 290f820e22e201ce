import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { STAFF_MOBILITY_STEPS, type StaffMobility, type StaffMobilityStep } from "@orbis/contracts/erasmus";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Badge, Button, Card, FormAlert, PageHeader, SelectField, TextField, useAnnounce } from "@orbis/ui/react";
import { staffApi } from "../api/areas-b";
import { useText } from "../i18n";
import { useCanWrite } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";
import { StaleNotice } from "../shared/StaleNotice";
import "./staff.css";

/** One staff mobility: its facts, its follow-up steps and a change of dates. */
export function StaffMobilityPage({ id }: { id: string }) {
  const t = useText();
  const mobility = useQuery({ queryKey: ["staff-mobilities", id], queryFn: ({ signal }) => staffApi.get(id, signal) });
  return (
    <QueryView query={mobility}>
      {(m) => (
        <>
          <PageHeader title={`${m.participant.firstName} ${m.participant.lastName}`} description={`${t(`staff.type.${m.type}`)} · ${m.host.name}`} />
          <div className="erasmus-staff-detail">
            <Card title={t("staff.participant")}>
              <dl className="erasmus-staff-facts">
                <dt>{t("staff.status")}</dt>
                <dd><Badge tone="info">{t(`staff.status.${m.status}`)}</Badge></dd>
                <dt>{t("staff.email")}</dt>
                <dd>{m.participant.email}</dd>
                <dt>{t("staff.host")}</dt>
                <dd>{`${m.host.name}${m.host.erasmusCode ? ` (${m.host.erasmusCode})` : ""}, ${m.host.city}, ${m.host.countryCode}`}</dd>
                <dt>{t("staff.dates")}</dt>
                <dd>{`${m.startDate} → ${m.endDate} (${t("staff.days", { days: m.days })})`}</dd>
                <dt>{t("staff.distanceKm")}</dt>
                <dd>{`${m.distanceKm} km${m.greenTravel ? ` · ${t("staff.greenTravel")}` : ""} · ${t("staff.travelDays")} ${m.travelDays}`}</dd>
                {m.teachingHours !== null && (<><dt>{t("staff.teachingHours")}</dt><dd>{m.teachingHours}</dd></>)}
              </dl>
              <ul className="erasmus-staff-history">
                {m.decidedOn && <li>{t("staff.decidedOn", { date: m.decidedOn })}{m.decisionComment ? ` : ${m.decisionComment}` : ""}</li>}
                {m.agreementSignedOn && <li>{t("staff.agreementOn", { date: m.agreementSignedOn })}</li>}
                {m.reportSubmittedOn && <li>{t("staff.reportOn", { date: m.reportSubmittedOn })}</li>}
              </ul>
            </Card>
            <StepCard mobility={m} onReload={() => void mobility.refetch()} />
            <DatesCard key={m.version} mobility={m} onReload={() => void mobility.refetch()} />
          </div>
        </>
      )}
    </QueryView>
  );
}

function useSaved(id: string) {
  const queryClient = useQueryClient();
  return (saved: StaffMobility) => {
    queryClient.setQueryData(["staff-mobilities", id], saved);
    void queryClient.invalidateQueries({ queryKey: ["staff-mobilities"], exact: false, predicate: (q) => q.queryKey[1] !== id });
  };
}

function StepCard({ mobility, onReload }: { mobility: StaffMobility; onReload: () => void }) {
  const t = useText();
  const announce = useAnnounce();
  const canWrite = useCanWrite();
  const saved = useSaved(mobility.id);
  const steps = STAFF_MOBILITY_STEPS[mobility.status];
  const [step, setStep] = useState<string>(steps[0] ?? "");
  const [draft, setDraft] = useState({ on: new Date().toISOString().slice(0, 10), score: "", comment: "", report: "" });
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const run = useMutation({
    mutationFn: (body: StaffMobilityStep) => staffApi.step(mobility.id, body),
    onSuccess: (m) => {
      saved(m);
      announce(t("staff.stepDone", { status: t(`staff.status.${m.status}`) }));
      setStep(STAFF_MOBILITY_STEPS[m.status][0] ?? "");
    },
  });
  if (!canWrite) return null;
  const errors = fieldErrorsOf(run.error);
  const current = steps.includes(step as never) ? step : (steps[0] ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const version = mobility.version;
    const body = {
      select: { step: "select", version, on: draft.on, score: draft.score === "" ? Number.NaN : Number(draft.score), comment: draft.comment },
      reject: { step: "reject", version, on: draft.on, comment: draft.comment },
      "sign-agreement": { step: "sign-agreement", version, on: draft.on },
      report: { step: "report", version, on: draft.on, report: draft.report },
      cancel: { step: "cancel", version, comment: draft.comment },
    }[current] as StaffMobilityStep;
    run.mutate(body);
  };
  return (
    <Card title={t("staff.workflow")}>
      {steps.length === 0 ? (
        <p>{t("staff.noStep")}</p>
      ) : (
        <form className="erasmus-staff-form" onSubmit={submit} noValidate>
          <SelectField label={t("staff.workflow")} value={current} placeholder={null} options={steps.map((s) => ({ value: s, label: t(`staff.step.${s}`) }))} onChange={setStep} />
          {current !== "cancel" && <TextField label={t("staff.on")} type="date" value={draft.on} onChange={set("on")} error={errors.on} required />}
          {current === "select" && <TextField label={t("staff.score")} inputMode="numeric" value={draft.score} onChange={set("score")} error={errors.score} required />}
          {(current === "select" || current === "reject" || current === "cancel") && <TextField label={t("staff.comment")} value={draft.comment} onChange={set("comment")} error={errors.comment} required={current !== "select"} />}
          {current === "report" && <TextField label={t("staff.report")} multiline rows={4} value={draft.report} onChange={set("report")} error={errors.report} required />}
          <StaleNotice error={run.error} onReload={onReload} />
          <FormAlert invalid={false} error={run.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
          <Button type="submit" loading={run.isPending}>{t(`staff.step.${current as StaffMobilityStep["step"]}`)}</Button>
        </form>
      )}
    </Card>
  );
}

function DatesCard({ mobility, onReload }: { mobility: StaffMobility; onReload: () => void }) {
  const t = useText();
  const announce = useAnnounce();
  const canWrite = useCanWrite();
  const saved = useSaved(mobility.id);
  const [draft, setDraft] = useState({ startDate: mobility.startDate, endDate: mobility.endDate });
  const save = useMutation({
    mutationFn: () => staffApi.update(mobility.id, { version: mobility.version, ...draft }),
    onSuccess: (m) => {
      saved(m);
      announce(t("staff.saved"));
    },
  });
  if (!canWrite || STAFF_MOBILITY_STEPS[mobility.status].length === 0) return null;
  const errors = fieldErrorsOf(save.error);
  return (
    <Card title={t("staff.editDates")}>
      <form
        className="erasmus-staff-form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
        noValidate
      >
        <TextField label={t("staff.startDate")} type="date" value={draft.startDate} onChange={(startDate) => setDraft({ ...draft, startDate })} error={errors.startDate} required />
        <TextField label={t("staff.endDate")} type="date" value={draft.endDate} onChange={(endDate) => setDraft({ ...draft, endDate })} error={errors.endDate} required />
        <StaleNotice error={save.error} onReload={onReload} />
        <FormAlert invalid={false} error={save.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
        <Button type="submit" loading={save.isPending}>{t("common.save")}</Button>
      </form>
    </Card>
  );
}
