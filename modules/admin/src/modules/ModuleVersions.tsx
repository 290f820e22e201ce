import { useState } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ModuleEntry, ModuleVersionItem } from "@orbis/contracts/registry";
import { Alert, Badge, Button, Card, DataTable, ErrorPanel, LoadingState, Pagination, pageCountOf, useLocale, type DataTableColumn, useAnnounce, ConfirmDialog, ProblemAlert, problemMessage } from "@orbis/ui/react";
import { formatDateTime } from "@orbis/ui/i18n";
import { isStaleVersion } from "../api/problems";
import { queryKeys } from "../api/query-keys";
import { registryApi } from "../api/registry";
import { useText } from "../i18n";
import { afterModuleChange } from "./module-queries";

const VERSIONS_PAGE_SIZE = 10;

/** Published builds, newest first, the current one marked; any other can be made current again (a rollback). */
export function ModuleVersions({ entry }: { entry: ModuleEntry }) {
  const t = useText();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<ModuleVersionItem | null>(null);
  const pageQuery = { limit: VERSIONS_PAGE_SIZE, offset: (page - 1) * VERSIONS_PAGE_SIZE };
  const versions = useQuery({
    queryKey: queryKeys.versions(entry.name, pageQuery),
    queryFn: ({ signal }) => registryApi.listVersions(entry.name, pageQuery, signal),
    placeholderData: keepPreviousData,
  });

  const rollback = useMutation({
    mutationFn: (to: string) => registryApi.rollback(entry.name, { version: entry.version, to }),
    onSuccess: (updated) => {
      setTarget(null);
      announce(t("rollback.done", { label: updated.label[locale], version: updated.currentVersion ?? "" }));
      void afterModuleChange(queryClient, updated);
    },
    onError: (error) => {
      // Someone changed the module meanwhile: fetch its new record so that confirming again sends the right version.
      if (isStaleVersion(error)) {
        void queryClient.invalidateQueries({ queryKey: queryKeys.module(entry.name) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.versions(entry.name) });
      }
    },
  });

  const older = (version: ModuleVersionItem) =>
    entry.current !== null && Date.parse(version.publishedAt) < Date.parse(entry.current.publishedAt);

  const columns: DataTableColumn<ModuleVersionItem>[] = [
    { key: "version", header: t("column.version"), rowHeader: true, render: (v) => <code>{v.version}</code> },
    { key: "publishedBy", header: t("column.publishedBy") },
    { key: "publishedAt", header: t("column.publishedAt"), render: (v) => <time dateTime={v.publishedAt}>{formatDateTime(locale, v.publishedAt)}</time> },
    { key: "state", header: t("column.state"), render: (v) => (v.current ? <Badge tone="success">{t("module.current")}</Badge> : "") },
    {
      key: "action",
      header: t("column.actions"),
      render: (v) =>
        v.current ? (
          ""
        ) : (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              rollback.reset();
              setTarget(v);
            }}
          >
            {t(older(v) ? "module.rollbackTo" : "module.switchTo", { version: v.version })}
          </Button>
        ),
    },
  ];

  return (
    <Card title={t("module.versions")}>
      {versions.isPending ? (
        <LoadingState label={t("module.versionsLoading")} />
      ) : versions.isError && !versions.data ? (
        <ErrorPanel title={t("module.versionsError")} message={problemMessage(t, versions.error)} onRetry={() => void versions.refetch()} />
      ) : (
        <>
          <DataTable
            caption={t("module.versionsCaption")}
            columns={columns}
            rows={versions.data.items}
            rowKey={(v) => v.version}
            empty={t("module.versionsEmpty")}
            busy={versions.isPlaceholderData}
          />
          <Pagination
            page={page}
            pageCount={pageCountOf(versions.data.total, VERSIONS_PAGE_SIZE)}
            onPageChange={setPage}
            label={t("module.versionsPagination")}
          />
        </>
      )}
      <ConfirmDialog
        open={target !== null}
        title={t("rollback.title", { version: target?.version ?? "" })}
        description={t("rollback.text", {
          label: entry.label[locale],
          from: entry.currentVersion ?? t("module.noVersion"),
          to: target?.version ?? "",
        })}
        confirmLabel={t("rollback.confirm")}
        busy={rollback.isPending}
        onConfirm={() => target && rollback.mutate(target.version)}
        onCancel={() => setTarget(null)}
      >
        {rollback.isError &&
          (isStaleVersion(rollback.error) ? (
            <Alert tone="warning" title={t("conflict.module")}>
              <p>{t("rollback.stale")}</p>
            </Alert>
          ) : (
            <ProblemAlert error={rollback.error} />
          ))}
      </ConfirmDialog>
    </Card>
  );
}
