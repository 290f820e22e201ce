import { useState, type ReactNode } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Card, ConfirmDialog, DataTable, ProblemAlert, useAnnounce, type DataTableColumn } from "@orbis/ui/react";
import type { RecordsApi, Query } from "../api/records";
import { useText, type GovernanceMessageKey } from "../i18n";
import { useCanWrite } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";
import type { FieldSpec } from "./fields";
import { RecordForm } from "./RecordForm";

type Row = Record<string, unknown> & { id: string; version: number };

export interface RecordSectionProps {
  title: GovernanceMessageKey;
  api: RecordsApi;
  /** The list's filters, e.g. { meetingId } for a meeting's agenda. */
  query?: Query;
  /** Fixed values added to a new record (its parent). */
  parent?: Record<string, unknown>;
  fields: FieldSpec[];
  columns: Array<DataTableColumn<Row>>;
  /** Extra content under the table (totals, charts). */
  footer?: (rows: Row[]) => ReactNode;
  headingLevel?: 2 | 3;
}

/**
 * A collection shown as a table, with add, edit and delete for those who write (leadership, administrators).
 * Each change is sent with the version on screen; a refusal keeps the form open with the server's explanation.
 */
export function RecordSection({ title, api, query = {}, parent = {}, fields, columns, footer, headingLevel = 2 }: RecordSectionProps) {
  const t = useText();
  const canWrite = useCanWrite();
  const announce = useAnnounce();
  const client = useQueryClient();
  const key = ["governance", api.path, query];
  const list = useQuery({ queryKey: key, queryFn: ({ signal }) => api.list({ limit: 200, ...query }, signal) });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Row | null>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ["governance"] });
  const remove = useMutation({
    mutationFn: (row: Row) => api.remove(row.id, row.version),
    onSuccess: async () => {
      setDeleting(null);
      announce(t("common.deleted"));
      await refresh();
    },
  });
  const label = t(title);
  const allColumns: Array<DataTableColumn<Row>> = canWrite
    ? [
        ...columns,
        {
          key: "actions",
          header: t("common.actions"),
          render: (row) => (
            <span className="gov-row-actions">
              <Button size="sm" variant="secondary" onClick={() => setEditing(row)} aria-label={`${t("common.edit")} (${String(row[columns[0]!.key] ?? "")})`}>
                {t("common.edit")}
              </Button>
              <Button size="sm" variant="secondary" onClick={() => setDeleting(row)} aria-label={`${t("common.delete")} (${String(row[columns[0]!.key] ?? "")})`}>
                {t("common.delete")}
              </Button>
            </span>
          ),
        },
      ]
    : columns;

  return (
    <Card
      title={label}
      headingLevel={headingLevel}
      actions={
        canWrite && !adding ? (
          <Button size="sm" onClick={() => setAdding(true)}>
            {t("common.add")}
          </Button>
        ) : undefined
      }
    >
      {adding && (
        <RecordForm
          id={`${api.path.slice(1)}-new`}
          fields={fields}
          submitLabel="common.create"
          onCancel={() => setAdding(false)}
          onSubmit={async (body) => {
            await api.create({ ...body, ...parent });
            setAdding(false);
            announce(t("common.saved"));
            await refresh();
          }}
        />
      )}
      {editing && (
        <RecordForm
          key={`${editing.id}-${editing.version}`}
          id={`${api.path.slice(1)}-edit`}
          fields={fields}
          record={editing}
          submitLabel="common.save"
          onCancel={() => setEditing(null)}
          onReload={() => void api.get(editing.id).then((fresh) => setEditing(fresh as Row))}
          onSubmit={async (body) => {
            await api.update(editing.id, body);
            setEditing(null);
            announce(t("common.saved"));
            await refresh();
          }}
        />
      )}
      <QueryView query={list}>
        {(data) => (
          <>
            <DataTable caption={label} captionHidden columns={allColumns} rows={data.items as Row[]} rowKey={(r) => r.id} empty={t("common.emptyList")} />
            {footer?.(data.items as Row[])}
          </>
        )}
      </QueryView>
      {deleting && (
        <ConfirmDialog
          open
          title={t("common.confirmDelete")}
          description={String(deleting[columns[0]!.key] ?? "")}
          confirmLabel={t("common.delete")}
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate(deleting)}
          onCancel={() => setDeleting(null)}
        >
          <ProblemAlert error={remove.error} />
        </ConfirmDialog>
      )}
    </Card>
  );
}
