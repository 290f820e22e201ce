import { PageHeader } from "@orbis/ui/react";
import { useText } from "../i18n";

/** KA131 and KA171 projects per call year (the list, filters and details come with the projects area). */
export function ProjectsPage() {
  const t = useText();
  return <PageHeader title={t("projects.title")} />;
}
