import { useState } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Grant } from "@orbis/contracts/erasmus";
import { Badge, Button, DataTable, Link, Pagination, ProblemAlert, TextField, formatEuros, useAnnounce, useLocale, type DataTableColumn } from "@orbis/ui/react";
import { grantsApi } from "../api/grants";
import { useText } from "../i18n";
import { useHref } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";

const PAGE = 50;

/** A project's participants with their grant and what was paid; the team synchronises them from outgoing mobility. */
export function GrantsPanel({ projectId, callYear, canWrite }: { projectId: string; callYear: number; canWrite: boolean }) {
  const t = useText();
  const href = useHref();
  const locale = useLocale();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [q, setQ] = useState("");
  const [page, setPage] = useState(1);
  const grants = useQuery({
    queryKey: ["grants", projectId, q, page],
    queryFn: ({ signal }) => grantsApi.list({ projectId, q: q || undefined, limit: PAGE, offset: (page - 1) * PAGE }, signal),
    placeholderData: keepPreviousData,
  });
  const last = useQuery({ queryKey: ["sync"], queryFn: ({ signal }) => grantsApi.lastSync(signal) });
  const sync = useMutation({
    mutationFn: () => grantsApi.sync(callYear),
    onSuccess: (run) => {
      void queryClient.invalidateQueries();
      announce(t("sync.done", { created: run.created, updated: run.updated }));
    },
  });
  const columns: DataTableColumn<Grant>[] = [
    { key: "participantName", header: t("grants.participant"), rowHeader: true, render: (g) => <Link href={href("grant", { id: g.id })}>{g.participantName}</Link> },
    { key: "host", header: t("grants.host"), render: (g) => `${g.hostName} (${g.countryCode})` },
    { key: "total", header: t("grants.total"), align: "end", render: (g) => (g.problem ? <Badge tone="warning">{t("grants.incomplete")}</Badge> : formatEuros(g.totalCents, locale)) },
    { key: "paid", header: t("grants.paid"), align: "end", render: (g) => formatEuros(g.paidCents, locale) },
  ];
  return (
    <section aria-labelledby="erasmus-grants-title">
      <h2 id="erasmus-grants-title">{t("grants.title")}</h2>
      <QueryView query={last}>
        {({ run }) => <p>{run ? t("sync.last", { at: new Date(run.at).toLocaleString(locale), created: run.created, updated: run.updated }) : t("sync.never")}</p>}
      </QueryView>
      {canWrite && (
        <p>
          <Button variant="secondary" loading={sync.isPending} onClick={() => sync.mutate()}>
            {t("sync.button")}
          </Button>
        </p>
      )}
      <ProblemAlert error={sync.error} />
      <TextField
        label={t("grants.search")}
        type="search"
        value={q}
        onChange={(value) => {
          setQ(value);
          setPage(1);
        }}
      />
      <QueryView query={grants}>
        {(result) => (
          <>
            <DataTable caption={t("grants.title")} captionHidden columns={columns} rows={result.items} rowKey={(g) => g.id} busy={grants.isFetching} />
            <Pagination page={page} pageCount={Math.ceil(result.total / PAGE)} onPageChange={setPage} />
          </>
        )}
      </QueryView>
    </section>
  );
}
