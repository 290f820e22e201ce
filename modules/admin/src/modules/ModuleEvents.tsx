import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { PublishEvent } from "@orbis/contracts/registry";
import { Card, DataTable, ErrorPanel, LoadingState, Pagination, pageCountOf, useLocale, type DataTableColumn, problemMessage } from "@orbis/ui/react";
import { formatDateTime } from "@orbis/ui/i18n";
import { queryKeys } from "../api/query-keys";
import { registryApi } from "../api/registry";
import { useText } from "../i18n";

const EVENTS_PAGE_SIZE = 10;

/** The module's publish history: publications, version changes and settings edits, newest first. */
export function ModuleEvents({ name }: { name: string }) {
  const t = useText();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const pageQuery = { limit: EVENTS_PAGE_SIZE, offset: (page - 1) * EVENTS_PAGE_SIZE };
  const events = useQuery({
    queryKey: queryKeys.events(name, pageQuery),
    queryFn: ({ signal }) => registryApi.listEvents({ module: name, ...pageQuery }, signal),
    placeholderData: keepPreviousData,
  });
  const version = (value: string | null) => (value ? <code>{value}</code> : <span className="admin-muted">{t("module.noVersion")}</span>);

  const columns: DataTableColumn<PublishEvent>[] = [
    { key: "at", header: t("column.date"), rowHeader: true, render: (e) => <time dateTime={e.at}>{formatDateTime(locale, e.at)}</time> },
    { key: "action", header: t("column.action"), render: (e) => t(`event.${e.action}`) },
    { key: "fromVersion", header: t("column.fromVersion"), render: (e) => (e.action === "update" ? "" : version(e.fromVersion)) },
    { key: "toVersion", header: t("column.toVersion"), render: (e) => (e.action === "update" ? "" : version(e.toVersion)) },
    { key: "actor", header: t("column.actor") },
  ];

  return (
    <Card title={t("module.events")}>
      {events.isPending ? (
        <LoadingState label={t("module.eventsLoading")} />
      ) : events.isError && !events.data ? (
        <ErrorPanel title={t("module.eventsError")} message={problemMessage(t, events.error)} onRetry={() => void events.refetch()} />
      ) : (
        <>
          <DataTable
            caption={t("module.eventsCaption")}
            columns={columns}
            rows={events.data.items}
            rowKey={(e) => e.id}
            empty={t("module.eventsEmpty")}
            busy={events.isPlaceholderData}
          />
          <Pagination page={page} pageCount={pageCountOf(events.data.total, EVENTS_PAGE_SIZE)} onPageChange={setPage} label={t("module.eventsPagination")} />
        </>
      )}
    </Card>
  );
}
