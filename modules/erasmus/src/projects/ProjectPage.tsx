import { useQuery } from "@tanstack/react-query";
import { PageHeader, formatEuros, useLocale } from "@orbis/ui/react";
import { BUDGET_CATEGORIES } from "@orbis/contracts/erasmus";
import { projectsApi } from "../api/projects";
import { GrantsPanel } from "../grants/GrantsPanel";
import { useText, type ErasmusMessageKey } from "../i18n";
import { useCanWrite } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";
import { AmendmentsPanel } from "./AmendmentsPanel";
import { BudgetChart } from "./BudgetChart";
import { ReportPanel } from "./ReportPanel";
import "./projects.css";

/** One project: its grant agreement, budget consumption, amendments, participants' grants and the EU report. */
export function ProjectPage({ id }: { id: string }) {
  const t = useText();
  const locale = useLocale();
  const canWrite = useCanWrite();
  const project = useQuery({ queryKey: ["project", id], queryFn: ({ signal }) => projectsApi.get(id, signal) });
  const budget = useQuery({ queryKey: ["budget", id, project.data?.version], queryFn: ({ signal }) => projectsApi.budget(id, signal), enabled: project.isSuccess });
  return (
    <QueryView query={project}>
      {(p) => (
        <>
          <PageHeader title={`${p.action} ${p.callYear} — ${p.grantAgreementNumber}`} description={p.title} />
          <dl className="erasmus-facts">
            <dt>{t("project.period")}</dt>
            <dd>
              {p.startDate} – {p.endDate}
            </dd>
            <dt>{t("project.status")}</dt>
            <dd>{t(`status.${p.status}` as ErasmusMessageKey)}</dd>
            {BUDGET_CATEGORIES.map((c) => (
              <div key={c} className="erasmus-facts__row">
                <dt>{t(`category.${c}`)}</dt>
                <dd>{formatEuros(p.budget[c], locale)}</dd>
              </div>
            ))}
            {p.action === "KA171" && (
              <>
                <dt>{t("project.partnerCountries")}</dt>
                <dd>{p.partnerCountries.join(", ") || t("common.none")}</dd>
              </>
            )}
          </dl>
          <QueryView query={budget}>{(b) => <BudgetChart budget={b} />}</QueryView>
          <AmendmentsPanel project={p} canWrite={canWrite} />
          <GrantsPanel projectId={p.id} callYear={p.callYear} canWrite={canWrite} />
          <ReportPanel projectId={p.id} />
        </>
      )}
    </QueryView>
  );
}
