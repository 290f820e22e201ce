import { useQuery } from "@tanstack/react-query";
import type { ModuleEntry } from "@orbis/contracts/registry";
import { Badge, DataTable, ErrorPanel, LoadingState, PageHeader, useLocale, type DataTableColumn, problemMessage } from "@orbis/ui/react";
import { queryKeys } from "../api/query-keys";
import { registryApi } from "../api/registry";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { useHref } from "../shared/admin-context";
import { RoleBadges } from "../shared/RoleBadges";

export function ModulesPage() {
  const t = useText();
  const locale = useLocale();
  const href = useHref();
  const modules = useQuery({ queryKey: queryKeys.modules(), queryFn: ({ signal }) => registryApi.listModules(signal) });

  const columns: DataTableColumn<ModuleEntry>[] = [
    {
      key: "label",
      header: t("column.label"),
      rowHeader: true,
      render: (m) => <Link href={href({ name: "module", moduleName: m.name })}>{m.label[locale]}</Link>,
    },
    { key: "route", header: t("column.route"), render: (m) => <code>{m.route}</code> },
    { key: "framework", header: t("column.framework"), render: (m) => (m.framework === "react" ? "React" : "Vue") },
    { key: "roles", header: t("column.roles"), render: (m) => <RoleBadges roles={m.roles} /> },
    {
      key: "currentVersion",
      header: t("column.currentVersion"),
      render: (m) => (m.currentVersion ? <code>{m.currentVersion}</code> : <span className="admin-muted">{t("module.noVersion")}</span>),
    },
    {
      key: "enabled",
      header: t("column.state"),
      render: (m) => <Badge tone={m.enabled ? "success" : "neutral"}>{t(m.enabled ? "module.enabled" : "module.disabled")}</Badge>,
    },
  ];

  return (
    <>
      <PageHeader title={t("modules.title")} description={t("modules.description")} />
      {modules.isPending ? (
        <LoadingState label={t("modules.loading")} />
      ) : modules.isError ? (
        <ErrorPanel title={t("modules.loadError")} message={problemMessage(t, modules.error)} onRetry={() => void modules.refetch()} />
      ) : (
        <DataTable
          caption={t("modules.caption")}
          columns={columns}
          rows={modules.data.items}
          rowKey={(m) => m.name}
          empty={t("modules.empty")}
          busy={modules.isFetching}
        />
      )}
    </>
  );
}
