import { useQuery } from "@tanstack/react-query";
import type { CoordinatorOverview } from "@orbis/contracts/outgoing";
import { Badge, DataTable, ErrorPanel, LoadingState, PageHeader, type DataTableColumn, problemMessage } from "@orbis/ui/react";
import { followUpApi } from "../api/followup";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { useHref } from "../shared/outgoing-context";

type Item = CoordinatorOverview["items"][number];

/** The coordinator's students abroad this year, with late steps and learning agreements awaiting validation. */
export function CoordinatorOverviewPage() {
  const t = useText();
  const href = useHref();
  const overview = useQuery({ queryKey: ["coordinator-overview"], queryFn: ({ signal }) => followUpApi.overview(undefined, signal) });
  const columns: DataTableColumn<Item>[] = [
    { key: "student", header: t("mobilities.student"), rowHeader: true, render: (i) => <Link href={href("mobility", { id: i.mobility.id })}>{`${i.mobility.lastName.toUpperCase()} ${i.mobility.firstName}`}</Link> },
    { key: "department", header: t("mobilities.department"), render: (i) => i.mobility.department },
    { key: "host", header: t("mobilities.host"), render: (i) => i.mobility.hostName },
    { key: "status", header: t("mobilities.status"), render: (i) => t(`status.${i.mobility.status}`) },
    { key: "late", header: t("overview.lateSteps"), align: "end", render: (i) => (i.lateSteps ? <Badge tone="danger">{String(i.lateSteps)}</Badge> : "0") },
    { key: "la", header: t("overview.la"), render: (i) => <Badge tone={i.learningAgreementPending ? "warning" : "success"}>{t(`laStatus.${i.learningAgreementStatus}`)}</Badge> },
  ];
  if (overview.isPending) return <LoadingState label={t("common.loading")} />;
  if (overview.isError) return <ErrorPanel title={t("problem.title")} message={problemMessage(t, overview.error)} onRetry={() => void overview.refetch()} />;
  const { academicYear, items, totals } = overview.data;
  return (
    <>
      <PageHeader title={t("overview.title")} />
      <p role="status" className="outgoing-count">{t("overview.totals", { mobilities: totals.mobilities, late: totals.lateSteps, pending: totals.pendingLearningAgreements })}</p>
      <DataTable caption={t("overview.caption", { year: `${academicYear}-${academicYear + 1}` })} columns={columns} rows={items} rowKey={(i) => i.mobility.id} empty={t("overview.empty")} />
    </>
  );
}
