import { useEffect, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Mobility, MobilityStatus } from "@orbis/contracts/outgoing";
import { MOBILITY_STATUSES } from "@orbis/contracts/outgoing";
import { Badge, DataTable, ErrorPanel, LoadingState, PageHeader, Pagination, SelectField, TextField, pageCountOf, type DataTableColumn, problemMessage } from "@orbis/ui/react";
import { mobilitiesApi } from "../api/outgoing";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { navigate, useLocation } from "../router/location";
import { useHref } from "../shared/outgoing-context";

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;

/** Every mobility the caller may see (a coordinator: their departments), filtered from the URL. */
export function MobilitiesPage() {
  const t = useText();
  const href = useHref();
  const { pathname, search } = useLocation();
  const params = new URLSearchParams(search);
  const filters = { q: params.get("q") ?? "", status: params.get("status") ?? "", year: params.get("year") ?? "", page: Math.max(1, Number(params.get("page")) || 1) };
  const setFilters = (next: Partial<typeof filters>) => {
    const merged = { ...filters, page: 1, ...next };
    const out = new URLSearchParams();
    if (merged.q) out.set("q", merged.q);
    if (merged.status) out.set("status", merged.status);
    if (merged.year) out.set("year", merged.year);
    if (merged.page > 1) out.set("page", String(merged.page));
    navigate(`${pathname}${out.size ? `?${out}` : ""}`, { replace: true });
  };
  const [text, setText] = useState(filters.q);
  useEffect(() => {
    const timer = setTimeout(() => text.trim() !== filters.q && setFilters({ q: text.trim() }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });

  const query = {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.status ? { status: filters.status as MobilityStatus } : {}),
    ...(filters.year ? { academicYear: Number(filters.year) } : {}),
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  };
  const list = useQuery({ queryKey: ["mobilities", query], queryFn: ({ signal }) => mobilitiesApi.list(query, signal), placeholderData: keepPreviousData });
  const currentYear = new Date().getMonth() >= 7 ? new Date().getFullYear() : new Date().getFullYear() - 1;
  const years = Array.from({ length: 11 }, (_, i) => String(currentYear + 1 - i));

  const columns: DataTableColumn<Mobility>[] = [
    { key: "student", header: t("mobilities.student"), rowHeader: true, render: (m) => <Link href={href("mobility", { id: m.id })}>{`${m.lastName.toUpperCase()} ${m.firstName}`}</Link> },
    { key: "department", header: t("mobilities.department") },
    { key: "host", header: t("mobilities.host"), render: (m) => m.hostName },
    { key: "country", header: t("mobilities.country"), render: (m) => m.hostCountry },
    { key: "programme", header: t("mobilities.programme"), render: (m) => t(`programme.${m.programme}`) },
    { key: "period", header: t("mobilities.period"), render: (m) => `${m.plannedStart} → ${m.plannedEnd}` },
    { key: "status", header: t("mobilities.status"), render: (m) => <Badge tone={m.status === "cancelled" || m.status === "interrupted" ? "warning" : m.status === "completed" ? "success" : "neutral"}>{t(`status.${m.status}`)}</Badge> },
  ];

  return (
    <>
      <PageHeader title={t("mobilities.title")} />
      <form role="search" className="o-toolbar outgoing-filters" onSubmit={(event) => { event.preventDefault(); setFilters({ q: text.trim() }); }}>
        <TextField label={t("mobilities.search")} type="search" value={text} onChange={setText} autoComplete="off" />
        <SelectField label={t("mobilities.year")} value={filters.year} placeholder={t("mobilities.allYears")} options={years.map((y) => ({ value: y, label: `${y}-${Number(y) + 1}` }))} onChange={(year) => setFilters({ year })} />
        <SelectField label={t("mobilities.status")} value={filters.status} placeholder={t("mobilities.allStatuses")} options={MOBILITY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} onChange={(status) => setFilters({ status })} />
      </form>
      {list.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : list.isError && !list.data ? (
        <ErrorPanel title={t("problem.title")} message={problemMessage(t, list.error)} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p className="outgoing-count" role="status">{t("mobilities.count", { count: list.data.total })}</p>
          <DataTable caption={t("mobilities.title")} columns={columns} rows={list.data.items} rowKey={(m) => m.id} empty={t("mobilities.empty")} busy={list.isPlaceholderData} />
          <Pagination page={filters.page} pageCount={pageCountOf(list.data.total, PAGE_SIZE)} onPageChange={(page) => setFilters({ page })} label={t("mobilities.title")} />
        </>
      )}
    </>
  );
}
