import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { HOST_DECISIONS, type Nomination } from "@orbis/contracts/outgoing";
import { Button, DataTable, ErrorPanel, LoadingState, PageHeader, type DataTableColumn, useAnnounce, ProblemAlert, problemMessage } from "@orbis/ui/react";
import { selectionApi } from "../api/selection";
import { useText, type OutgoingMessageKey } from "../i18n";

const DECISION_LABEL: Record<(typeof HOST_DECISIONS)[number], OutgoingMessageKey> = { accepted: "nominations.accept", rejected: "nominations.reject", "waiting-list": "nominations.waitingList" };
const today = () => new Date().toISOString().slice(0, 10);

/** Nominations per host after publication: nominate the allocated students, download files for the host, record its decisions. */
export function NominationsPage({ callId }: { callId: string }) {
  const t = useText();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const run = useQuery({ queryKey: ["allocation", callId], queryFn: ({ signal }) => selectionApi.allocation(callId, signal), retry: false });
  const list = useQuery({ queryKey: ["nominations", callId], queryFn: ({ signal }) => selectionApi.nominations(callId, signal) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["nominations", callId] });
  const nominate = useMutation({
    mutationFn: (applicationId: string) => selectionApi.nominate(callId, applicationId),
    onSuccess: (n) => {
      refresh();
      announce(t("nominations.nominated", { name: `${n.firstName} ${n.lastName}` }));
    },
  });
  const decide = useMutation({
    mutationFn: ({ nomination, decision }: { nomination: Nomination; decision: (typeof HOST_DECISIONS)[number] }) =>
      selectionApi.decide(nomination.id, { version: nomination.version, decision, decidedOn: today() }),
    onSuccess: (n) => {
      refresh();
      announce(t("nominations.decided", { name: `${n.firstName} ${n.lastName}` }));
    },
  });
  if (list.isPending) return <LoadingState label={t("common.loading")} />;
  if (list.isError) return <ErrorPanel title={t("problem.title")} message={problemMessage(t, list.error)} onRetry={() => void list.refetch()} />;
  const live = list.data.items.filter((n) => n.status === "nominated");
  const nominated = new Set(live.map((n) => n.applicationId));
  const toNominate = (run.data?.publishedAt ? run.data.results : []).filter((r) => r.destinationId && !nominated.has(r.applicationId));
  const hosts = [...new Map(live.map((n) => [n.partnerId, n])).values()];
  const columns: DataTableColumn<Nomination>[] = [
    { key: "student", header: t("applications.student"), rowHeader: true, render: (n) => `${n.lastName.toUpperCase()} ${n.firstName}` },
    { key: "level", header: t("applications.level"), render: (n) => `${n.level} (EQF ${n.eqfLevel})` },
    { key: "decision", header: t("nominations.decision"), render: (n) => (n.decision ? `${t(`decision.${n.decision}`)} (${n.decidedOn})` : t("nominations.pending")) },
    {
      key: "actions",
      header: t("nominations.decision"),
      render: (n) =>
        n.mobilityId ? null : (
          <span className="outgoing-actions">
            {HOST_DECISIONS.filter((d) => d !== n.decision).map((decision) => (
              <Button key={decision} size="sm" variant="secondary" aria-label={`${t(DECISION_LABEL[decision])} — ${n.firstName} ${n.lastName}`} onClick={() => decide.mutate({ nomination: n, decision })}>
                {t(DECISION_LABEL[decision])}
              </Button>
            ))}
          </span>
        ),
    },
  ];
  return (
    <>
      <PageHeader title={t("nominations.title")} />
      <ProblemAlert error={nominate.error ?? decide.error} />
      {toNominate.length > 0 && (
        <section aria-labelledby="to-nominate">
          <h2 id="to-nominate">{t("nominations.toNominate")}</h2>
          <ul className="outgoing-steps">
            {toNominate.map((r) => (
              <li key={r.applicationId}>
                {`${r.name} `}
                <Button size="sm" aria-label={`${t("nominations.nominate")} — ${r.name}`} loading={nominate.isPending && nominate.variables === r.applicationId} onClick={() => nominate.mutate(r.applicationId)}>
                  {t("nominations.nominate")}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {hosts.length === 0 && <p>{t("nominations.empty")}</p>}
      {hosts.map((host) => (
        <section key={host.partnerId} aria-labelledby={`host-${host.partnerId}`}>
          <h2 id={`host-${host.partnerId}`}>{t("nominations.host", { partner: host.partnerName, country: host.partnerCountry })}</h2>
          <ul className="outgoing-steps" aria-label={t("nominations.downloads", { partner: host.partnerName })}>
            {(["csv", "pdf", "ewp"] as const).map((format) => (
              <li key={format}>
                <a href={selectionApi.exportHref(callId, host.partnerId, format)} download>{t(`nominations.${format}`)}</a>
              </li>
            ))}
          </ul>
          <DataTable caption={host.partnerName} columns={columns} rows={live.filter((n) => n.partnerId === host.partnerId)} rowKey={(n) => n.id} />
        </section>
      ))}
    </>
  );
}
