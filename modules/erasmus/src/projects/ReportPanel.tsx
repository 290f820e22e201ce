import { useQuery } from "@tanstack/react-query";
import { projectsApi } from "../api/projects";
import { useText } from "../i18n";
import { useHref } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";
import { Link } from "@orbis/ui/react";

/** The Beneficiary Module report: the pre-check's incomplete rows (first 50, linked), then CSV and XLSX downloads. */
export function ReportPanel({ projectId }: { projectId: string }) {
  const t = useText();
  const href = useHref();
  const check = useQuery({ queryKey: ["report-check", projectId], queryFn: ({ signal }) => projectsApi.check(projectId, signal) });
  return (
    <section aria-labelledby="erasmus-report-title">
      <h2 id="erasmus-report-title">{t("report.title")}</h2>
      <QueryView query={check}>
        {(result) => (
          <>
            <p>{t("report.check", { rows: result.rows, problems: result.problems.length })}</p>
            {result.problems.length === 0 ? (
              <p>{t("report.ok")}</p>
            ) : (
              <ul className="erasmus-report__problems">
                {result.problems.slice(0, 50).map((p) => (
                  <li key={p.grantId}>
                    <Link href={href("grant", { id: p.grantId })}>{p.participant}</Link> : {p.issues.join(" ; ")}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
      <p className="erasmus-actions">
        <a href={projectsApi.exportHref(projectId, "csv")} download>
          {t("report.csv")}
        </a>
        <a href={projectsApi.exportHref(projectId, "xlsx")} download>
          {t("report.xlsx")}
        </a>
      </p>
    </section>
  );
}
