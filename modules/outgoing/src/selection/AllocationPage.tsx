import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isNotFound } from "@orbis/contracts/problems";
import type { AllocationResult } from "@orbis/contracts/outgoing";
import { Button, DataTable, ErrorPanel, LoadingState, PageHeader, type DataTableColumn, useAnnounce, ProblemAlert, problemMessage } from "@orbis/ui/react";
import { selectionApi } from "../api/selection";
import { useText, type Translate } from "../i18n";

/** The explanation of one result in the reader's language, from its structured steps. */
export function explanationOf(t: Translate, r: AllocationResult): string {
  const parts = r.skipped.map((s) => (s.takenByName === null ? t("explain.noPlace", { choice: s.choice }) : t("explain.full", { choice: s.choice, name: s.takenByName })));
  parts.push(r.choice === null ? t("explain.nothing") : t("explain.got", { choice: r.choice }));
  return parts.join(" ; ");
}

/** Run the allocation, review each result with its explanation, then publish. */
export function AllocationPage({ callId }: { callId: string }) {
  const t = useText();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const call = useQuery({ queryKey: ["call", callId], queryFn: ({ signal }) => selectionApi.call(callId, signal) });
  const destinations = useQuery({ queryKey: ["destinations", callId], queryFn: ({ signal }) => selectionApi.destinations(callId, signal) });
  const run = useQuery({ queryKey: ["allocation", callId], queryFn: ({ signal }) => selectionApi.allocation(callId, signal), retry: false });
  const start = useMutation({
    mutationFn: () => selectionApi.runAllocation(callId),
    onSuccess: (result) => {
      queryClient.setQueryData(["allocation", callId], result);
      announce(t("allocation.ran", { allocated: result.results.filter((r) => r.destinationId).length, total: result.results.length }));
    },
  });
  const publish = useMutation({
    mutationFn: (runId: string) => selectionApi.publishAllocation(callId, runId),
    onSuccess: (result) => {
      queryClient.setQueryData(["allocation", callId], result);
      void queryClient.invalidateQueries({ queryKey: ["call", callId] });
      announce(t("allocation.published", { date: result.publishedAt!.slice(0, 10) }));
    },
  });
  const partnerOf = new Map((destinations.data?.items ?? []).map((d) => [d.id, d.partnerName]));
  const columns: DataTableColumn<AllocationResult>[] = [
    { key: "rank", header: t("allocation.rank"), align: "end", render: (r) => r.globalRank },
    { key: "student", header: t("allocation.student"), rowHeader: true, render: (r) => `${r.name} (${r.department}, ${r.total})` },
    { key: "result", header: t("allocation.result"), render: (r) => (r.destinationId ? `${partnerOf.get(r.destinationId) ?? "?"} — ${t("allocation.choice", { n: r.choice! })}` : t("allocation.noDestination")) },
    { key: "explanation", header: t("allocation.explanation"), render: (r) => explanationOf(t, r) },
  ];
  const noRunYet = run.isError && isNotFound(run.error);
  const published = call.data?.status === "published";
  return (
    <>
      <PageHeader title={t("allocation.title")} description={t("allocation.rule")} />
      {!published && (
        <div className="outgoing-actions">
          <Button loading={start.isPending} onClick={() => start.mutate()}>{t("allocation.run")}</Button>
          {run.data && !run.data.publishedAt && (
            <Button variant="secondary" loading={publish.isPending} onClick={() => publish.mutate(run.data.id)}>{t("allocation.publish")}</Button>
          )}
        </div>
      )}
      <ProblemAlert error={start.error ?? publish.error} />
      {run.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : noRunYet ? (
        <p>{t("allocation.none")}</p>
      ) : run.isError ? (
        <ErrorPanel title={t("problem.title")} message={problemMessage(t, run.error)} onRetry={() => void run.refetch()} />
      ) : (
        <>
          {run.data.publishedAt && <p>{t("allocation.published", { date: run.data.publishedAt.slice(0, 10) })}</p>}
          <p className="outgoing-hash">{t("allocation.hash", { hash: run.data.inputsHash.slice(0, 16) })}</p>
          <DataTable caption={t("allocation.title")} columns={columns} rows={run.data.results} rowKey={(r) => r.applicationId} />
        </>
      )}
    </>
  );
}
