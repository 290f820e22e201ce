import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { STAFF_MOBILITY_STATUSES, STAFF_MOBILITY_TYPES, type StaffMobility } from "@orbis/contracts/erasmus";
import { Badge, DataTable, Link, PageHeader, Pagination, SelectField, TextField } from "@orbis/ui/react";
import { staffApi } from "../api/areas-b";
import { useText } from "../i18n";
import { useCanWrite, useHref } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";
import "./staff.css";

const PAGE_SIZE = 25;

/** Staff mobilities with filters, newest first; the team records new applications. */
export function StaffMobilitiesPage() {
  const t = useText();
  const href = useHref();
  const canWrite = useCanWrite();
  const [filters, setFilters] = useState({ type: "", status: "", q: "" });
  const [page, setPage] = useState(1);
  const query = { type: filters.type || undefined, status: filters.status || undefined, q: filters.q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } as Parameters<typeof staffApi.list>[0];
  const list = useQuery({ queryKey: ["staff-mobilities", query], queryFn: ({ signal }) => staffApi.list(query, signal), placeholderData: keepPreviousData });
  const set = (key: keyof typeof filters) => (value: string) => {
    setFilters({ ...filters, [key]: value });
    setPage(1);
  };
  return (
    <>
      <PageHeader title={t("staff.title")} description={t("staff.intro")} />
      {canWrite && (
        <p>
          <Link href={href("newStaffMobility")}>{t("staff.new")}</Link>
        </p>
      )}
      <div className="erasmus-staff-filters">
        <SelectField label={t("staff.type")} value={filters.type} placeholder={t("staff.allTypes")} options={STAFF_MOBILITY_TYPES.map((v) => ({ value: v, label: t(`staff.type.${v}`) }))} onChange={set("type")} />
        <SelectField label={t("staff.status")} value={filters.status} placeholder={t("staff.allStatuses")} options={STAFF_MOBILITY_STATUSES.map((v) => ({ value: v, label: t(`staff.status.${v}`) }))} onChange={set("status")} />
        <TextField label={t("staff.lastName")} type="search" value={filters.q} onChange={set("q")} />
      </div>
      <QueryView query={list}>
        {(data) => (
          <>
            <DataTable<StaffMobility>
              caption={t("staff.count", { count: data.total })}
              rows={data.items}
              rowKey={(m) => m.id}
              busy={list.isFetching}
              columns={[
                { key: "participant", header: t("staff.participant"), rowHeader: true, render: (m) => <Link href={href("staffMobility", { id: m.id })}>{`${m.participant.lastName} ${m.participant.firstName}`}</Link> },
                { key: "type", header: t("staff.type"), render: (m) => t(`staff.type.${m.type}`) },
                { key: "host", header: t("staff.host"), render: (m) => `${m.host.name} (${m.host.city}, ${m.host.countryCode})` },
                { key: "dates", header: t("staff.dates"), render: (m) => `${m.startDate} → ${m.endDate}` },
                { key: "status", header: t("staff.status"), render: (m) => <Badge tone={m.status === "rejected" || m.status === "cancelled" ? "neutral" : "info"}>{t(`staff.status.${m.status}`)}</Badge> },
              ]}
            />
            <Pagination page={page} pageCount={Math.max(1, Math.ceil(data.total / PAGE_SIZE))} onPageChange={setPage} />
          </>
        )}
      </QueryView>
    </>
  );
}
