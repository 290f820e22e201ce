import { useQuery } from "@tanstack/react-query";
import { Card, Link, PageHeader } from "@orbis/ui/react";
import { projectsApi } from "../api/projects";
import { useText } from "../i18n";
import { useHref } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";

/** The team's landing page; each area adds its panel. */
export function HomePage() {
  const t = useText();
  const href = useHref();
  const projects = useQuery({ queryKey: ["projects", "home"], queryFn: ({ signal }) => projectsApi.list({ status: "running", limit: 1 }, signal) });
  return (
    <>
      <PageHeader title={t("home.title")} description={t("home.intro")} />
      <div className="erasmus-home">
        <Card title={t("nav.projects")}>
          <QueryView query={projects}>
            {(page) => (
              <p>
                <Link href={href("projects", {}, { status: "running" })}>{t("home.runningProjects", { count: page.total })}</Link>
              </p>
            )}
          </QueryView>
        </Card>
      </div>
    </>
  );
}
