import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Application } from "@orbis/contracts/outgoing";
import { Badge, DataTable, ErrorPanel, LoadingState, PageHeader, SelectField, TextField, type DataTableColumn, problemMessage } from "@orbis/ui/react";
import { selectionApi, type ApplicationFilters } from "../api/selection";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { useHref, useIsStaff } from "../shared/outgoing-context";

/** The call's applications (a coordinator: their departments'), filtered by name, department and eligibility. */
export function ApplicationsPage({ callId }: { callId: string }) {
  const t = useText();
  const href = useHref();
  const staff = useIsStaff();
  const [filters, setFilters] = useState<ApplicationFilters>({});
  const destinations = useQuery({ queryKey: ["destinations", callId], queryFn: ({ signal }) => selectionApi.destinations(callId, signal) });
  const list = useQuery({ queryKey: ["applications", callId, filters], queryFn: ({ signal }) => selectionApi.applications(callId, filters, signal), placeholderData: keepPreviousData });
  const partnerOf = new Map((destinations.data?.items ?? []).map((d) => [d.id, d.partnerName]));
  const columns: DataTableColumn<Application>[] = [
    {
      key: "student",
      header: t("applications.student"),
      rowHeader: true,
      render: (a) => <Link href={href("application", { id: callId, applicationId: a.id })}>{`${a.lastName.toUpperCase()} ${a.firstName}`}</Link>,
    },
    { key: "department", header: t("applications.department") },
    { key: "level", header: t("applications.level") },
    { key: "grade", header: t("applications.grade"), align: "end", render: (a) => a.gradeAverage },
    { key: "choices", header: t("applications.choices"), render: (a) => a.choices.map((id, i) => `${i + 1}. ${partnerOf.get(id) ?? "?"}`).join(" · ") },
    {
      key: "eligibility",
      header: t("applications.eligible"),
      render: (a) => (
        <span title={a.eligibility.reasons.join("\n")}>
          <Badge tone={a.eligibility.eligible ? "success" : "warning"}>{t(a.eligibility.eligible ? "eligibility.yes" : "eligibility.no")}</Badge>
          {a.eligibility.reasons.length > 0 && <span className="outgoing-reasons">{a.eligibility.reasons.join("; ")}</span>}
        </span>
      ),
    },
    { key: "status", header: t("applications.status"), render: (a) => t(`applicationStatus.${a.status}`) },
  ];
  const departments = [...new Set((list.data?.items ?? []).map((a) => a.department))].sort();
  return (
    <>
      <PageHeader
        title={t("applications.title")}
        actions={
          staff && (
            <>
              <Link href={href("applicationNew", { id: callId })}>{t("applications.new")}</Link> <Link href={href("applicationImport", { id: callId })}>{t("applications.import")}</Link>
            </>
          )
        }
      />
      <form role="search" className="o-toolbar outgoing-filters" onSubmit={(event) => event.preventDefault()}>
        <TextField label={t("applications.search")} type="search" value={filters.q ?? ""} onChange={(q) => setFilters({ ...filters, q })} autoComplete="off" />
        <SelectField label={t("applications.department")} value={filters.department ?? ""} placeholder={t("applications.all")} options={(filters.department ? [...new Set([...departments, filters.department])] : departments).map((d) => ({ value: d, label: d }))} onChange={(department) => setFilters({ ...filters, department })} />
        <SelectField
          label={t("applications.eligible")}
          value={filters.eligible ?? ""}
          placeholder={t("applications.all")}
          options={[{ value: "true", label: t("applications.eligibleYes") }, { value: "false", label: t("applications.eligibleNo") }]}
          onChange={(eligible) => setFilters({ ...filters, eligible })}
        />
      </form>
      {departments.length > 0 && (
        <nav aria-label={t("applications.rankings")}>
          <ul className="outgoing-steps">
            {departments.map((department) => (
              <li key={department}>
                <Link href={href("ranking", { id: callId, department })}>{t("ranking.title", { department })}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {list.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : list.isError && !list.data ? (
        <ErrorPanel title={t("problem.title")} message={problemMessage(t, list.error)} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p className="outgoing-count" role="status">{t("applications.count", { count: list.data.total })}</p>
          <DataTable caption={t("applications.title")} columns={columns} rows={list.data.items} rowKey={(a) => a.id} empty={t("applications.empty")} busy={list.isPlaceholderData} />
        </>
      )}
    </>
  );
}
