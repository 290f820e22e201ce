import { useQuery } from "@tanstack/react-query";
import type { LateStep } from "@orbis/contracts/outgoing";
import { Badge, DataTable, ErrorPanel, LoadingState, PageHeader, type DataTableColumn, problemMessage } from "@orbis/ui/react";
import { followUpApi } from "../api/followup";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { useHref } from "../shared/outgoing-context";

/** The reminders list: steps past their due date, oldest first (a coordinator sees their departments). */
export function LateStepsPage() {
  const t = useText();
  const href = useHref();
  const late = useQuery({ queryKey: ["late-steps"], queryFn: ({ signal }) => followUpApi.late({ limit: 200 }, signal) });
  const columns: DataTableColumn<LateStep>[] = [
    { key: "student", header: t("late.student"), rowHeader: true, render: (s) => <Link href={href("mobility", { id: s.mobility.id })}>{`${s.mobility.lastName.toUpperCase()} ${s.mobility.firstName}`}</Link> },
    { key: "department", header: t("mobilities.department"), render: (s) => s.mobility.department },
    { key: "host", header: t("mobilities.host"), render: (s) => `${s.mobility.hostName} (${s.mobility.hostCountry})` },
    { key: "step", header: t("steps.step"), render: (s) => t(`step.${s.step}`) },
    { key: "due", header: t("steps.due"), render: (s) => <>{s.dueDate} <Badge tone="danger">{t("steps.late")}</Badge></> },
    { key: "email", header: t("late.email"), render: (s) => <a href={`mailto:${s.mobility.email}`}>{s.mobility.email}</a> },
  ];
  return (
    <>
      <PageHeader title={t("late.title")} />
      {late.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : late.isError ? (
        <ErrorPanel title={t("problem.title")} message={problemMessage(t, late.error)} onRetry={() => void late.refetch()} />
      ) : (
        <>
          <p role="status" className="outgoing-count">{t("late.count", { count: late.data.total })}</p>
          <DataTable caption={t("late.caption")} columns={columns} rows={late.data.items} rowKey={(s) => s.id} empty={t("late.empty")} />
        </>
      )}
    </>
  );
}
