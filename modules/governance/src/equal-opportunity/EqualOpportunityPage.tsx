import { useQuery } from "@tanstack/react-query";
import type { EqualityAction, EqualityTarget } from "@orbis/contracts/governance";
import { INDICATORS } from "@orbis/contracts/governance";
import { Badge, DataTable, PageHeader, SelectField, useLocale } from "@orbis/ui/react";
import { useState } from "react";
import { equalityApi } from "../api/areas-b";
import { useText, type GovernanceMessageKey } from "../i18n";
import { QueryView } from "../shared/QueryView";
import "./equal-opportunity.css";

const thisYear = new Date().getFullYear();

/** Targets per dimension with their analytics figure as a gauge against the target; the plan's actions. */
export function EqualOpportunityPage() {
  const t = useText();
  const locale = useLocale();
  const [year, setYear] = useState(thisYear - 1);
  const data = useQuery({ queryKey: ["governance", "equality", year], queryFn: ({ signal }) => equalityApi.get(year, signal) });
  const gauge = (target: EqualityTarget) => {
    if (target.reading.status !== "computed") return <em>{t("equality.notComputed")}</em>;
    const pct = Math.min(100, (target.reading.value / Math.max(target.targetValue, 1e-9)) * 100);
    return (
      <span className="gov-equality-gauge">
        <meter min={0} max={100} value={pct} aria-label={`${t("equality.reached")} ${Math.round(pct)} %`} />
        {`${target.reading.value.toLocaleString(locale)} (${Math.round(pct)} %)`}
      </span>
    );
  };
  return (
    <>
      <PageHeader title={t("equality.title")} description={t("equality.intro")} />
      <SelectField label={t("common.year")} value={String(year)} placeholder={null} options={Array.from({ length: 11 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: String(y), label: String(y) }))} onChange={(v) => setYear(Number(v))} />
      <QueryView query={data}>
        {({ targets, actions }) => (
          <>
            <DataTable<EqualityTarget>
              caption={t("equality.targets")}
              rows={targets}
              rowKey={(x) => x.id}
              columns={[
                { key: "dimension", header: t("equality.targets"), rowHeader: true, render: (x) => `${t(`equality.dimension.${x.dimension}` as GovernanceMessageKey)} — ${INDICATORS[x.indicatorKey].label[locale === "en" ? "en" : "fr"]}` },
                { key: "target", header: t("equality.target"), align: "end", render: (x) => x.targetValue.toLocaleString(locale) },
                { key: "reading", header: t("equality.reached"), render: gauge },
              ]}
            />
            <DataTable<EqualityAction>
              caption={t("equality.actions")}
              rows={actions}
              rowKey={(x) => x.id}
              columns={[
                { key: "title", header: t("equality.actions"), rowHeader: true, render: (x) => x.title },
                { key: "dimension", header: t("equality.targets"), render: (x) => t(`equality.dimension.${x.dimension}` as GovernanceMessageKey) },
                { key: "owner", header: t("equality.owner"), render: (x) => x.owner },
                { key: "due", header: t("equality.due"), render: (x) => (<>{x.dueDate} {x.overdue && <Badge tone="danger">{t("equality.overdue")}</Badge>}</>) },
                { key: "status", header: t("common.status"), render: (x) => t(`equality.status.${x.status}` as GovernanceMessageKey) },
              ]}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
