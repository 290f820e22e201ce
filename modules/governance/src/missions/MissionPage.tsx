import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Mission, MissionAction } from "@orbis/contracts/governance";
import { fieldErrorsOf, isStaleVersion } from "@orbis/contracts/problems";
import { Alert, Badge, Button, Card, PageHeader, ProblemAlert, TextField, useAnnounce, useLocale } from "@orbis/ui/react";
import { useState } from "react";
import { missionsApi } from "../api/missions";
import { useText, type GovernanceMessageKey } from "../i18n";
import { Link } from "../router/Link";
import { navigate } from "../router/location";
import { useCanWrite, useGovernanceContext, useHref } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";
import { centsOf, euros } from "./format";
import { MissionForm } from "./MissionForm";
import "./missions.css";

/** Steps each status offers, and whether they are leadership's. */
const NEXT: Record<Mission["status"], Array<{ action: MissionAction; leadership: boolean }>> = {
  draft: [{ action: "submit", leadership: false }],
  submitted: [{ action: "approve", leadership: true }, { action: "refuse", leadership: true }],
  approved: [{ action: "complete", leadership: false }],
  completed: [{ action: "reimburse", leadership: true }],
  refused: [],
  reimbursed: [],
};

export function NewMissionPage() {
  const t = useText();
  const href = useHref();
  return (
    <>
      <PageHeader title={t("missions.new")} />
      <p>
        <Link href={href("missions")}>{t("missions.back")}</Link>
      </p>
      <MissionForm onSaved={(m) => navigate(href("mission", { id: m.id }))} />
    </>
  );
}

export function MissionPage({ id }: { id: string }) {
  const query = useQuery({ queryKey: ["governance", "mission", id], queryFn: ({ signal }) => missionsApi.get(id, signal) });
  return <QueryView query={query}>{(m) => <MissionDetail mission={m} />}</QueryView>;
}

function MissionDetail({ mission }: { mission: Mission }) {
  const t = useText();
  const locale = useLocale();
  const href = useHref();
  const canWrite = useCanWrite();
  const { user } = useGovernanceContext();
  const announce = useAnnounce();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState("");
  const [amount, setAmount] = useState(String(mission.totalCents / 100));
  const [paidOn, setPaidOn] = useState("");
  const own = user.email?.toLowerCase() === mission.requesterEmail;
  const refresh = (m: Mission) => client.setQueryData(["governance", "mission", m.id], m);
  const step = useMutation({
    mutationFn: (action: MissionAction) =>
      missionsApi.step(mission.id, {
        action,
        version: mission.version,
        ...(note ? { note } : {}),
        ...(action === "reimburse" ? { reimbursedCents: centsOf(amount), reimbursedOn: paidOn } : {}),
      }),
    onSuccess: (m) => {
      refresh(m);
      void client.invalidateQueries({ queryKey: ["governance", "missions"] });
      announce(t("missions.stepDone", { status: t(`missions.status.${m.status}` as GovernanceMessageKey) }));
    },
  });
  const errors = fieldErrorsOf(step.error);
  const steps = NEXT[mission.status].filter((s) => (s.leadership ? canWrite : own || canWrite));
  return (
    <>
      <PageHeader title={t("missions.detail", { city: mission.destinationCity })} />
      <p>
        <Link href={href("missions")}>{t("missions.back")}</Link>
      </p>
      <p>
        <Badge tone={mission.status === "refused" ? "danger" : "info"}>{t(`missions.status.${mission.status}` as GovernanceMessageKey)}</Badge>
      </p>
      {editing ? (
        <MissionForm
          mission={mission}
          onSaved={(m) => {
            refresh(m);
            setEditing(false);
          }}
        />
      ) : (
        <Card title={mission.purpose}>
          <dl className="gov-missions-figures">
            <dt>{t("missions.requester")}</dt>
            <dd>{mission.requesterName}</dd>
            <dt>{t("missions.destination")}</dt>
            <dd>{`${mission.destinationCity} (${mission.destinationCountry})`}</dd>
            <dt>{t("missions.dates")}</dt>
            <dd>{`${mission.startDate} → ${mission.endDate}`}</dd>
            <dt>{t("missions.total")}</dt>
            <dd>{euros(mission.totalCents, locale)}</dd>
            {mission.decisionNote && (
              <>
                <dt>{t("missions.decision")}</dt>
                <dd>{mission.decisionNote}</dd>
              </>
            )}
            {mission.reimbursedCents !== null && (
              <>
                <dt>{t("missions.reimbursedAmount")}</dt>
                <dd>{`${euros(mission.reimbursedCents, locale)} (${mission.reimbursedOn ?? ""})`}</dd>
              </>
            )}
          </dl>
          <ul className="gov-missions-lines">
            {mission.costLines.map((l, i) => (
              <li key={i}>{`${t(`missions.cost.${l.category}` as GovernanceMessageKey)} — ${l.label}: ${euros(l.amountCents, locale)}`}</li>
            ))}
          </ul>
          {mission.status === "draft" && (own || canWrite) && (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              {t("common.edit")}
            </Button>
          )}
        </Card>
      )}
      {steps.length > 0 && !editing && (
        <section className="gov-missions-steps" aria-label={t("missions.decision")}>
          {isStaleVersion(step.error) ? <Alert tone="warning" title={t("conflict.record")}><p>{t("conflict.text")}</p></Alert> : <ProblemAlert error={Object.keys(errors).length ? null : step.error} />}
          {steps.some((s) => s.action === "refuse" || s.action === "approve") && <TextField label={t("missions.note")} value={note} onChange={setNote} error={errors.note} multiline rows={2} />}
          {steps.some((s) => s.action === "reimburse") && (
            <>
              <TextField label={t("missions.reimbursedAmount")} value={amount} onChange={setAmount} inputMode="decimal" error={errors.reimbursedCents} />
              <TextField label={t("missions.reimbursedOn")} type="date" value={paidOn} onChange={setPaidOn} error={errors.reimbursedOn} />
            </>
          )}
          {errors.action && <p className="gov-missions-error" role="alert">{errors.action}</p>}
          {steps.map((s) => (
            <Button key={s.action} variant={s.action === "refuse" ? "danger" : "primary"} loading={step.isPending && step.variables === s.action} onClick={() => step.mutate(s.action)}>
              {t(`missions.action.${s.action}` as GovernanceMessageKey)}
            </Button>
          ))}
        </section>
      )}
    </>
  );
}
