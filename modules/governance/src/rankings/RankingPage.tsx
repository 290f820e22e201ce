import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RANKING_FIGURES, type RankingExercise, type RankingFigure } from "@orbis/contracts/governance";
import { fieldErrorsOf, isStaleVersion } from "@orbis/contracts/problems";
import { Alert, Badge, Button, DataTable, PageHeader, ProblemAlert, TextField, useAnnounce, useLocale } from "@orbis/ui/react";
import { useState } from "react";
import { rankingsApi } from "../api/rankings";
import { useText, type GovernanceMessageKey } from "../i18n";
import { Link } from "../router/Link";
import { useCanWrite, useHref } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";
import "./rankings.css";

export function RankingPage({ id }: { id: string }) {
  const query = useQuery({ queryKey: ["governance", "ranking", id], queryFn: ({ signal }) => rankingsApi.get(id, signal) });
  return <QueryView query={query}>{(ex) => <Exercise exercise={ex} />}</QueryView>;
}

function Exercise({ exercise }: { exercise: RankingExercise }) {
  const t = useText();
  const locale = useLocale();
  const href = useHref();
  const canWrite = useCanWrite() && exercise.status !== "locked";
  const announce = useAnnounce();
  const client = useQueryClient();
  const [editing, setEditing] = useState<RankingFigure | null>(null);
  const store = (ex: RankingExercise) => {
    client.setQueryData(["governance", "ranking", ex.id], ex);
    void client.invalidateQueries({ queryKey: ["governance", "rankings"] });
  };
  const step = useMutation({
    mutationFn: (action: "review" | "lock" | "reopen") => rankingsApi.step(exercise.id, { action, version: exercise.version }),
    onSuccess: (ex) => {
      store(ex);
      announce(t("rankings.stepDone", { status: t(`rankings.status.${ex.status}` as GovernanceMessageKey) }));
    },
  });
  const label = (f: RankingFigure) => RANKING_FIGURES[f.key].label[locale === "en" ? "en" : "fr"];
  return (
    <>
      <PageHeader title={`${exercise.scheme} ${exercise.referenceYear}`} description={t("rankings.intro")} />
      <p>
        <Link href={href("rankings")}>{t("rankings.back")}</Link>
      </p>
      <p>
        <Badge tone={exercise.status === "locked" ? "success" : "neutral"}>{t(`rankings.status.${exercise.status}` as GovernanceMessageKey)}</Badge>
      </p>
      {exercise.status === "locked" && <Alert tone="info" title={t("rankings.locked")} />}
      {isStaleVersion(step.error) ? <Alert tone="warning" title={t("conflict.record")}><p>{t("conflict.text")}</p></Alert> : <ProblemAlert error={step.error} />}
      <DataTable<RankingFigure>
        caption={t("rankings.figures")}
        rows={exercise.figures}
        rowKey={(f) => f.key}
        columns={[
          { key: "figure", header: t("rankings.figure"), rowHeader: true, render: label },
          { key: "value", header: t("rankings.value"), align: "end", render: (f) => (f.value === null ? <em>{t("rankings.notComputed")}</em> : f.value.toLocaleString(locale)) },
          { key: "mode", header: t("rankings.origin"), render: (f) => (f.mode === "computed" ? t("rankings.computed") : t("rankings.entered")) },
          { key: "source", header: t("rankings.source"), render: (f) => f.source ?? "—" },
          ...(canWrite
            ? [{ key: "edit", header: t("common.actions"), render: (f: RankingFigure) => <Button variant="secondary" size="sm" onClick={() => setEditing(f)}>{t("rankings.edit", { figure: label(f) })}</Button> }]
            : []),
        ]}
      />
      {editing && canWrite && <FigureForm key={editing.key} exercise={exercise} figure={editing} label={label(editing)} onDone={(ex) => { store(ex); setEditing(null); }} />}
      <p className="gov-rankings-actions">
        {canWrite && exercise.status === "draft" && <Button onClick={() => step.mutate("review")} loading={step.isPending}>{t("rankings.review")}</Button>}
        {canWrite && exercise.status === "reviewed" && (
          <>
            <Button onClick={() => step.mutate("lock")} loading={step.isPending}>{t("rankings.lock")}</Button>
            <Button variant="secondary" onClick={() => step.mutate("reopen")}>{t("rankings.reopen")}</Button>
          </>
        )}
        {(["csv", "xlsx", "pdf"] as const).map((format) => (
          <a key={format} href={rankingsApi.exportHref(exercise.id, format, locale)} download>
            {t("rankings.export", { format: format.toUpperCase() })}
          </a>
        ))}
      </p>
    </>
  );
}

function FigureForm({ exercise, figure, label, onDone }: { exercise: RankingExercise; figure: RankingFigure; label: string; onDone: (ex: RankingExercise) => void }) {
  const t = useText();
  const announce = useAnnounce();
  const [value, setValue] = useState(figure.value === null ? "" : String(figure.value));
  const [source, setSource] = useState(figure.mode === "entered" ? (figure.source ?? "") : "");
  const save = useMutation({
    mutationFn: (mode: "computed" | "entered") =>
      rankingsApi.setFigure(exercise.id, figure.key, mode === "computed" ? { mode, version: exercise.version } : { mode, ...(value.trim() ? { value: Number(value.replace(",", ".")) } : {}), ...(source.trim() ? { source } : {}), version: exercise.version }),
    onSuccess: (ex) => {
      announce(t("rankings.saved"));
      onDone(ex);
    },
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      className="gov-rankings-figure"
      aria-label={t("rankings.edit", { figure: label })}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate("entered");
      }}
    >
      {isStaleVersion(save.error) && <Alert tone="warning" title={t("conflict.record")}><p>{t("conflict.text")}</p></Alert>}
      <TextField label={`${t("rankings.value")} — ${label}`} value={value} onChange={setValue} inputMode="decimal" error={errors.value} />
      <TextField label={t("rankings.source")} value={source} onChange={setSource} error={errors.source} />
      <Button type="submit" loading={save.isPending}>{t("common.save")}</Button>
      {RANKING_FIGURES[figure.key].indicator && (
        <Button type="button" variant="secondary" onClick={() => save.mutate("computed")}>{t("rankings.useComputed")}</Button>
      )}
    </form>
  );
}
