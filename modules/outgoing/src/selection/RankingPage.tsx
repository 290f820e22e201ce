import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { SELECTION_CRITERIA, type Application, type Ranking } from "@orbis/contracts/outgoing";
import { ApiError } from "@orbis/contracts/http";
import { Button, ErrorPanel, LoadingState, PageHeader, TextField, useAnnounce, ProblemAlert, problemMessage } from "@orbis/ui/react";
import { selectionApi } from "../api/selection";
import { useText } from "../i18n";

type Criterion = (typeof SELECTION_CRITERIA)[number];
type Row = Record<Criterion | "tieBreak", string>;

/** A department's ranking: scores per criterion for each eligible applicant; rank = total, then tie-break. */
export function RankingPage({ callId, department }: { callId: string; department: string }) {
  const t = useText();
  const ranking = useQuery({ queryKey: ["ranking", callId, department], queryFn: ({ signal }) => selectionApi.ranking(callId, department, signal) });
  const applicants = useQuery({
    queryKey: ["applications", callId, { department, eligible: "true", status: "submitted" }],
    queryFn: ({ signal }) => selectionApi.applications(callId, { department, eligible: "true", status: "submitted" }, signal),
  });
  if (ranking.isPending || applicants.isPending) return <LoadingState label={t("common.loading")} />;
  const failed = ranking.error ?? applicants.error;
  if (failed) return <ErrorPanel title={t("problem.title")} message={problemMessage(t, failed)} onRetry={() => void Promise.all([ranking.refetch(), applicants.refetch()])} />;
  return <RankingForm key={ranking.data!.version} callId={callId} department={department} ranking={ranking.data!} applicants={applicants.data!.items} />;
}

function RankingForm({ callId, department, ranking, applicants }: { callId: string; department: string; ranking: Ranking; applicants: Application[] }) {
  const t = useText();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const initial = Object.fromEntries(
    applicants.map((a, i) => {
      const entry = ranking.entries.find((e) => e.applicationId === a.id);
      const row: Row = entry
        ? { academic: String(entry.scores.academic), motivation: String(entry.scores.motivation), language: String(entry.scores.language), tieBreak: String(entry.tieBreak) }
        : { academic: "", motivation: "", language: "", tieBreak: String(i + 1) };
      return [a.id, row];
    }),
  );
  const [rows, setRows] = useState<Record<string, Row>>(initial);
  const save = useMutation({
    mutationFn: () =>
      selectionApi.saveRanking(callId, department, {
        version: ranking.version,
        entries: applicants
          .filter((a) => SELECTION_CRITERIA.some((c) => rows[a.id]![c] !== ""))
          .map((a) => {
            const row = rows[a.id]!;
            const num = (text: string) => (text === "" ? Number.NaN : Number(text.replace(",", ".")));
            return { applicationId: a.id, scores: { academic: num(row.academic), motivation: num(row.motivation), language: num(row.language) }, tieBreak: num(row.tieBreak) };
          }),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(["ranking", callId, department], saved);
      announce(t("ranking.saved", { version: saved.version }));
    },
  });
  const entryIndex = new Map(applicants.filter((a) => SELECTION_CRITERIA.some((c) => rows[a.id]![c] !== "")).map((a, i) => [a.id, i]));
  const apiError = save.error instanceof ApiError ? save.error : undefined;
  const errorOf = (id: string, field: string) => {
    const i = entryIndex.get(id);
    return i === undefined ? undefined : (apiError?.fieldError(`body.entries.${i}.${field}`) ?? (field === "applicationId" ? undefined : apiError?.fieldError(`body.entries.${i}.scores.${field}`)));
  };
  const total = (row: Row) => SELECTION_CRITERIA.reduce((sum, c) => sum + (Number(row[c].replace(",", ".")) || 0), 0);
  const rankOf = new Map(ranking.entries.map((e) => [e.applicationId, e.rank]));
  const name = (a: Application) => `${a.lastName.toUpperCase()} ${a.firstName}`;
  return (
    <>
      <PageHeader title={t("ranking.title", { department })} />
      {applicants.length === 0 ? (
        <p>{t("ranking.empty")}</p>
      ) : (
        <form onSubmit={(event) => { event.preventDefault(); save.mutate(); }}>
          <table className="o-table outgoing-ranking">
            <caption>{t("ranking.title", { department })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("ranking.rank")}</th>
                <th scope="col">{t("applications.student")}</th>
                {SELECTION_CRITERIA.map((c) => <th key={c} scope="col">{t(`ranking.${c}`)}</th>)}
                <th scope="col">{t("ranking.tieBreak")}</th>
                <th scope="col">{t("ranking.total")}</th>
              </tr>
            </thead>
            <tbody>
              {applicants.map((a) => (
                <tr key={a.id}>
                  <td>{rankOf.get(a.id) ?? "—"}</td>
                  <th scope="row">
                    {name(a)}
                    {errorOf(a.id, "applicationId") && <span className="outgoing-row-errors">{errorOf(a.id, "applicationId")}</span>}
                  </th>
                  {[...SELECTION_CRITERIA, "tieBreak" as const].map((field) => (
                    <td key={field}>
                      <TextField
                        label={t("ranking.scoreOf", { criterion: t(field === "tieBreak" ? "ranking.tieBreak" : `ranking.${field}`), name: name(a) })}
                        className="outgoing-score"
                        inputMode="decimal"
                        value={rows[a.id]![field]}
                        onChange={(value) => setRows({ ...rows, [a.id]: { ...rows[a.id]!, [field]: value } })}
                        error={errorOf(a.id, field)}
                      />
                    </td>
                  ))}
                  <td>{total(rows[a.id]!)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ProblemAlert error={save.error} />
          <Button type="submit" loading={save.isPending}>{t("common.save")}</Button>
        </form>
      )}
    </>
  );
}
