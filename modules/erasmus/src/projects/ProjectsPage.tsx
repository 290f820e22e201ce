import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { DataTable, Link, PageHeader, SelectField, formatEuros, useLocale, type DataTableColumn } from "@orbis/ui/react";
import type { Project } from "@orbis/contracts/erasmus";
import { projectsApi } from "../api/projects";
import { useText, type ErasmusMessageKey } from "../i18n";
import { useCanWrite, useHref } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";

/** KA131 and KA171 projects per call year, newest first, with their budget and status. */
export function ProjectsPage() {
  const t = useText();
  const href = useHref();
  const locale = useLocale();
  const canWrite = useCanWrite();
  const [action, setAction] = useState("");
  const [status, setStatus] = useState(() => new URLSearchParams(window.location.search).get("status") ?? "");
  const query = useQuery({
    queryKey: ["projects", action, status],
    queryFn: ({ signal }) => projectsApi.list({ action: (action || undefined) as Project["action"] | undefined, status: (status || undefined) as Project["status"] | undefined, limit: 200 }, signal),
    placeholderData: keepPreviousData,
  });
  const columns: DataTableColumn<Project>[] = [
    { key: "grantAgreementNumber", header: t("project.number"), rowHeader: true, render: (p) => <Link href={href("project", { id: p.id })}>{p.grantAgreementNumber}</Link> },
    { key: "action", header: t("project.action") },
    { key: "callYear", header: t("project.callYear") },
    { key: "title", header: t("project.title") },
    { key: "period", header: t("project.period"), render: (p) => `${p.startDate} – ${p.endDate}` },
    { key: "budget", header: t("project.budget"), align: "end", render: (p) => formatEuros(p.budgetTotalCents, locale) },
    { key: "status", header: t("project.status"), render: (p) => t(`status.${p.status}` as ErasmusMessageKey) },
  ];
  return (
    <>
      <PageHeader title={t("projects.title")} actions={canWrite ? <Link href={href("projectNew")}>{t("projects.new")}</Link> : undefined} />
      <div className="erasmus-filters">
        <SelectField label={t("projects.filterAction")} value={action} onChange={setAction} placeholder={t("projects.all")} options={[{ value: "KA131", label: "KA131" }, { value: "KA171", label: "KA171" }]} />
        <SelectField label={t("project.status")} value={status} onChange={setStatus} placeholder={t("projects.all")} options={(["draft", "running", "closed"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      </div>
      <QueryView query={query}>
        {(page) => <DataTable caption={t("projects.count", { count: page.total })} columns={columns} rows={page.items} rowKey={(p) => p.id} busy={query.isFetching} />}
      </QueryView>
    </>
  );
}
