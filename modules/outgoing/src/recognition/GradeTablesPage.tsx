import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GradeTable } from "@orbis/contracts/outgoing";
import { Button, DataTable, ErrorPanel, LoadingState, PageHeader, type DataTableColumn, useAnnounce, ConfirmDialog, problemMessage, ProblemAlert } from "@orbis/ui/react";
import { gradeTablesApi } from "../api/recognition";
import { useText } from "../i18n";
import { useIsStaff } from "../shared/outgoing-context";
import { GradeTableEditor } from "./GradeTableEditor";

/** The grade distribution tables: partners', countries' and the university's own (French ranges). */
export function GradeTablesPage() {
  const t = useText();
  const isStaff = useIsStaff();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [editing, setEditing] = useState<GradeTable | "new" | null>(null);
  const [deleting, setDeleting] = useState<GradeTable | null>(null);
  const tables = useQuery({ queryKey: ["grade-tables"], queryFn: ({ signal }) => gradeTablesApi.list(signal) });
  const remove = useMutation({
    mutationFn: (table: GradeTable) => gradeTablesApi.remove(table.id, table.version),
    onSuccess: () => {
      setDeleting(null);
      announce(t("gradeTables.deleted"));
      void queryClient.invalidateQueries({ queryKey: ["grade-tables"] });
    },
  });
  const columns: DataTableColumn<GradeTable>[] = [
    { key: "label", header: t("gradeTables.label"), rowHeader: true },
    { key: "kind", header: t("gradeTables.kind"), render: (g) => t(`gradeTables.kind.${g.kind}`) },
    { key: "owner", header: t("gradeTables.owner"), render: (g) => g.countryCode ?? g.partnerId ?? "—" },
    { key: "isced", header: t("gradeTables.iscedCode"), render: (g) => g.iscedCode ?? t("gradeTables.allFields") },
    { key: "rows", header: t("gradeTables.rows"), render: (g) => g.rows.map((r) => `${r.grade} (${r.percentage} %)`).join(", ") },
    ...(isStaff
      ? [
          {
            key: "actions",
            header: "",
            render: (g: GradeTable) => (
              <span className="outgoing-row-actions">
                <Button size="sm" variant="secondary" onClick={() => setEditing(g)} aria-label={t("gradeTables.edit", { label: g.label })}>
                  {t("gradeTables.editShort")}
                </Button>
                <Button size="sm" variant="danger" onClick={() => setDeleting(g)} aria-label={t("gradeTables.delete", { label: g.label })}>
                  {t("gradeTables.deleteShort")}
                </Button>
              </span>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader title={t("gradeTables.title")} description={t("gradeTables.intro")} />
      {isStaff && (
        <p>
          <Button onClick={() => setEditing("new")}>{t("gradeTables.new")}</Button>
        </p>
      )}
      {tables.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : tables.isError ? (
        <ErrorPanel title={t("problem.title")} message={problemMessage(t, tables.error)} onRetry={() => void tables.refetch()} />
      ) : (
        <DataTable caption={t("gradeTables.title")} columns={columns} rows={tables.data} rowKey={(g) => g.id} empty={t("gradeTables.empty")} />
      )}
      {deleting && (
        <ConfirmDialog
          open
          danger
          title={t("gradeTables.delete", { label: deleting.label })}
          description={t("gradeTables.deleteConfirm")}
          confirmLabel={t("gradeTables.deleteShort")}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(deleting)}
          onCancel={() => {
            remove.reset();
            setDeleting(null);
          }}
        >
          <ProblemAlert error={remove.error} />
        </ConfirmDialog>
      )}
      {editing && (
        <GradeTableEditor
          table={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            announce(t("gradeTables.saved"));
            void queryClient.invalidateQueries({ queryKey: ["grade-tables"] });
          }}
        />
      )}
    </>
  );
}
