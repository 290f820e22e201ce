import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CALL_TRANSITIONS, type CallStatus, type Destination } from "@orbis/contracts/outgoing";
import { Badge, Button, DataTable, ErrorPanel, LoadingState, PageHeader, type DataTableColumn, useAnnounce, ProblemAlert, problemMessage } from "@orbis/ui/react";
import { selectionApi } from "../api/selection";
import { useText, type OutgoingMessageKey } from "../i18n";
import { useIsStaff } from "../shared/outgoing-context";
import { CallSteps } from "./CallSteps";

const ACTION_LABEL = (from: CallStatus, to: CallStatus): OutgoingMessageKey =>
  to === "open" ? (from === "draft" ? "call.open" : "call.reopen") : to === "closed" ? "call.close" : "call.toDraft";

/** One call: its rules, status actions, and destinations with places (synced from the agreements). */
export function CallPage({ id }: { id: string }) {
  const t = useText();
  const staff = useIsStaff();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const call = useQuery({ queryKey: ["call", id], queryFn: ({ signal }) => selectionApi.call(id, signal) });
  const destinations = useQuery({ queryKey: ["destinations", id], queryFn: ({ signal }) => selectionApi.destinations(id, signal) });
  const status = useMutation({
    mutationFn: (to: CallStatus) => selectionApi.setStatus(id, call.data!.version, to),
    onSuccess: (updated) => {
      queryClient.setQueryData(["call", id], updated);
      announce(t("call.statusChanged", { status: t(`callStatus.${updated.status}`) }));
    },
  });
  const sync = useMutation({
    mutationFn: () => selectionApi.syncDestinations(id),
    onSuccess: (result) => {
      queryClient.setQueryData(["destinations", id], { items: result.items });
      announce(t("destinations.synced", { added: result.added, updated: result.updated, gone: result.noLongerInForce }));
    },
  });
  if (call.isPending) return <LoadingState label={t("common.loading")} />;
  if (call.isError) return <ErrorPanel title={t("problem.title")} message={problemMessage(t, call.error)} onRetry={() => void call.refetch()} />;
  const c = call.data;
  const columns: DataTableColumn<Destination>[] = [
    { key: "partner", header: t("destinations.partner"), rowHeader: true, render: (d) => (d.inForce ? d.partnerName : `${d.partnerName} (${t("destinations.notInForce")})`) },
    { key: "country", header: t("destinations.country"), render: (d) => d.partnerCountry },
    { key: "places", header: t("destinations.places"), align: "end", render: (d) => d.places },
    { key: "levels", header: t("destinations.levels"), render: (d) => d.eqfLevels.join(", ") },
    { key: "departments", header: t("destinations.departments"), render: (d) => (d.departments.length ? d.departments.join(", ") : t("destinations.allDepartments")) },
  ];
  const rules = c.eligibility;
  return (
    <>
      <PageHeader
        title={c.title}
        description={`${c.academicYear}-${c.academicYear + 1} · ${t(`programme.${c.programme}`)} · ${c.opensOn} → ${c.closesOn}`}
        actions={<Badge tone={c.status === "open" ? "success" : "neutral"}>{t(`callStatus.${c.status}`)}</Badge>}
      />
      <CallSteps call={c} />
      <section aria-labelledby="call-eligibility">
        <h2 id="call-eligibility">{t("call.eligibility")}</h2>
        <dl className="outgoing-facts">
          <dt>{t("call.levels")}</dt>
          <dd>{rules.levels.join(", ")}</dd>
          <dt>{t("call.minGrade")}</dt>
          <dd>{rules.minGradeAverage === null ? t("common.none") : `${rules.minGradeAverage}/20`}</dd>
          <dt>{t("call.certificate")}</dt>
          <dd>{rules.languageCertificateRequired ? (rules.minCefr ?? t("common.yes")) : t("common.no")}</dd>
          <dt>{t("call.documents")}</dt>
          <dd>{c.requiredDocuments.length ? c.requiredDocuments.join(", ") : t("common.none")}</dd>
        </dl>
      </section>
      {staff && CALL_TRANSITIONS[c.status].length > 0 && (
        <div className="outgoing-actions">
          {CALL_TRANSITIONS[c.status].map((to) => (
            <Button key={to} variant="secondary" loading={status.isPending && status.variables === to} onClick={() => status.mutate(to)}>
              {t(ACTION_LABEL(c.status, to))}
            </Button>
          ))}
        </div>
      )}
      <ProblemAlert error={status.error} />
      <section aria-labelledby="call-destinations">
        <h2 id="call-destinations">{t("destinations.title")}</h2>
        {staff && c.status !== "published" && (
          <Button variant="secondary" loading={sync.isPending} onClick={() => sync.mutate()}>
            {t("destinations.sync")}
          </Button>
        )}
        <ProblemAlert error={sync.error} />
        {destinations.isPending ? (
          <LoadingState label={t("common.loading")} />
        ) : destinations.isError ? (
          <ErrorPanel title={t("problem.title")} message={problemMessage(t, destinations.error)} onRetry={() => void destinations.refetch()} />
        ) : (
          <DataTable caption={t("destinations.title")} columns={columns} rows={destinations.data.items} rowKey={(d) => d.id} empty={t("destinations.empty")} />
        )}
      </section>
    </>
  );
}
