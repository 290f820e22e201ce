import { useQuery } from "@tanstack/react-query";
import { Badge, ErrorPanel, LoadingState, PageHeader, useLocale, problemMessage } from "@orbis/ui/react";
import { isNotFound } from "../api/problems";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { useHref } from "../shared/admin-context";
import { ModuleEvents } from "./ModuleEvents";
import { ModuleSettings } from "./ModuleSettings";
import { ModuleVersions } from "./ModuleVersions";
import { moduleQueryOptions } from "./module-queries";

/**
 * One module: its settings, its published versions (with rollback) and its publish history. The heading stays the
 * same element from loading to loaded, so the focus the router puts on it after navigation is kept.
 */
export function ModulePage({ name }: { name: string }) {
  const t = useText();
  const locale = useLocale();
  const href = useHref();
  const entry = useQuery(moduleQueryOptions(name));
  const missing = entry.isError && isNotFound(entry.error);
  const module = entry.data;

  return (
    <>
      <p className="admin-back">
        <Link href={href({ name: "modules" })}>{t("module.back")}</Link>
      </p>
      <PageHeader
        title={module ? module.label[locale] : t("module.fallbackTitle")}
        {...(module
          ? { description: t("module.summary", { name: module.name, route: module.route, framework: module.framework === "react" ? "React" : "Vue" }) }
          : {})}
        actions={module ? <Badge tone={module.enabled ? "success" : "neutral"}>{t(module.enabled ? "module.enabled" : "module.disabled")}</Badge> : undefined}
      />
      {entry.isPending ? (
        <LoadingState label={t("module.loading")} />
      ) : entry.isError ? (
        <ErrorPanel
          title={t("module.loadError")}
          message={missing ? t("module.notFound") : problemMessage(t, entry.error)}
          {...(missing ? {} : { onRetry: () => void entry.refetch() })}
        />
      ) : (
        <div className="admin-stack">
          <ModuleSettings current={entry.data} />
          <ModuleVersions entry={entry.data} />
          <ModuleEvents name={entry.data.name} />
        </div>
      )}
    </>
  );
}
