import { useQuery } from "@tanstack/react-query";
import { MISSION_STATUSES, type Mission } from "@orbis/contracts/governance";
import { Badge, Checkbox, DataTable, PageHeader, Pagination, SelectField, TextField, useLocale } from "@orbis/ui/react";
import { useState } from "react";
import { missionsApi, type MissionFilters } from "../api/missions";
import { useText, type GovernanceMessageKey } from "../i18n";
import { Link } from "../router/Link";
import { useGovernanceContext, useHref } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";
import { BudgetCard } from "./BudgetCard";
import { euros } from "./format";
import "./missions.css";

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);

export function MissionsPage() {
  const t = useText();
  const locale = useLocale();
  const href = useHref();
  const { user } = useGovernanceContext();
  // The envelope is the DRI's figure; coordinators follow their departments' requests only.
  const seesBudget = user.roles.some((r) => r !== "coordinator");
  const [filters, setFilters] = useState<MissionFilters>({ year: thisYear });
  const set = (patch: Partial<MissionFilters>) => setFilters((f) => ({ ...f, ...patch, offset: 0 }));
  const list = useQuery({ queryKey: ["governance", "missions", filters], queryFn: ({ signal }) => missionsApi.list(filters, signal) });
  const statusText = (s: string) => t(`missions.status.${s}` as GovernanceMessageKey);
  return (
    <>
      <PageHeader title={t("missions.title")} description={t("missions.intro")} />
      <p>
        <Link href={href("missionNew")} className="gov-missions-primary">
          {t("missions.new")}
        </Link>
      </p>
      {seesBudget && filters.year !== undefined && <BudgetCard year={filters.year} />}
      <form className="gov-missions-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectField label={t("missions.filterYear")} value={String(filters.year ?? "")} placeholder={t("common.none")} options={YEARS.map((y) => ({ value: String(y), label: String(y) }))} onChange={(v) => set({ year: v ? Number(v) : undefined })} />
        <SelectField label={t("missions.filterStatus")} value={filters.status ?? ""} placeholder={t("common.none")} options={MISSION_STATUSES.map((s) => ({ value: s, label: statusText(s) }))} onChange={(v) => set({ status: v || undefined })} />
        <TextField label={t("missions.search")} value={filters.q ?? ""} onChange={(v) => set({ q: v || undefined })} type="search" />
        <Checkbox label={t("missions.mine")} checked={filters.mine === "true"} onChange={(checked: boolean) => set({ mine: checked ? "true" : undefined })} />
      </form>
      <p className="gov-missions-exports">
        <a href={missionsApi.exportHref(filters, "csv")} download>
          {t("missions.exportCsv")}
        </a>
        <a href={missionsApi.exportHref(filters, "xlsx")} download>
          {t("missions.exportXlsx")}
        </a>
      </p>
      <QueryView query={list}>
        {(page) => (
          <>
            <DataTable<Mission>
              caption={t("missions.list")}
              rows={page.items}
              rowKey={(m) => m.id}
              empty={t("missions.empty")}
              columns={[
                { key: "requester", header: t("missions.requester"), rowHeader: true, render: (m) => <Link href={href("mission", { id: m.id })}>{m.requesterName}</Link> },
                { key: "destination", header: t("missions.destination"), render: (m) => `${m.destinationCity} (${m.destinationCountry})` },
                { key: "dates", header: t("missions.dates"), render: (m) => `${m.startDate} → ${m.endDate}` },
                { key: "total", header: t("missions.total"), align: "end", render: (m) => euros(m.totalCents, locale) },
                { key: "status", header: t("common.status"), render: (m) => <Badge>{statusText(m.status)}</Badge> },
              ]}
            />
            <Pagination page={(filters.offset ?? 0) / 50 + 1} pageCount={Math.ceil(page.total / 50)} onPageChange={(p: number) => setFilters((f) => ({ ...f, offset: (p - 1) * 50 }))} />
          </>
        )}
      </QueryView>
    </>
  );
}
