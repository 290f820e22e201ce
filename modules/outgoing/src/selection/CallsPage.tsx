import { useQuery } from "@tanstack/react-query";
import type { Call } from "@orbis/contracts/outgoing";
import { Badge, DataTable, ErrorPanel, LoadingState, PageHeader, type DataTableColumn, problemMessage } from "@orbis/ui/react";
import { selectionApi } from "../api/selection";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { useHref, useIsStaff } from "../shared/outgoing-context";

/** Every call for applications, latest year first. */
export function CallsPage() {
  const t = useText();
  const href = useHref();
  const staff = useIsStaff();
  const calls = useQuery({ queryKey: ["calls"], queryFn: ({ signal }) => selectionApi.calls(signal) });
  const columns: DataTableColumn<Call>[] = [
    { key: "title", header: t("calls.call"), rowHeader: true, render: (c) => <Link href={href("call", { id: c.id })}>{c.title}</Link> },
    { key: "year", header: t("calls.year"), render: (c) => `${c.academicYear}-${c.academicYear + 1}` },
    { key: "programme", header: t("calls.programme"), render: (c) => t(`programme.${c.programme}`) },
    { key: "period", header: t("calls.period"), render: (c) => `${c.opensOn} → ${c.closesOn}` },
    { key: "status", header: t("calls.status"), render: (c) => <Badge tone={c.status === "open" ? "success" : "neutral"}>{t(`callStatus.${c.status}`)}</Badge> },
  ];
  return (
    <>
      <PageHeader title={t("calls.title")} actions={staff && <Link href={href("callNew")}>{t("calls.new")}</Link>} />
      {calls.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : calls.isError ? (
        <ErrorPanel title={t("problem.title")} message={problemMessage(t, calls.error)} onRetry={() => void calls.refetch()} />
      ) : (
        <DataTable caption={t("calls.title")} columns={columns} rows={calls.data.items} rowKey={(c) => c.id} empty={t("calls.empty")} />
      )}
    </>
  );
}
