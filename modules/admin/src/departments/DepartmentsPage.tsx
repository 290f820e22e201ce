import { useState } from "react";
import { Badge, Button, DataTable, ErrorPanel, LoadingState, PageHeader, useLocale, type DataTableColumn, problemMessage } from "@orbis/ui/react";
import type { DepartmentRecord } from "../api/schemas";
import { useText } from "../i18n";
import { departmentName } from "../shared/labels";
import { useDepartments } from "../shared/useDepartments";
import { CreateDepartmentDialog } from "./CreateDepartmentDialog";
import { RenameDepartmentDialog } from "./RenameDepartmentDialog";

export function DepartmentsPage() {
  const t = useText();
  const locale = useLocale();
  const departments = useDepartments();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);

  const columns: DataTableColumn<DepartmentRecord>[] = [
    { key: "code", header: t("column.code"), rowHeader: true },
    { key: "nameFr", header: t("column.nameFr"), render: (d) => <span lang="fr">{d.nameFr}</span> },
    { key: "nameEn", header: t("column.nameEn"), render: (d) => <span lang="en">{d.nameEn}</span> },
    {
      key: "active",
      header: t("column.status"),
      render: (d) => <Badge tone={d.active ? "success" : "neutral"}>{t(d.active ? "status.active" : "status.inactive")}</Badge>,
    },
    {
      key: "actions",
      header: t("column.actions"),
      render: (d) => (
        <Button variant="secondary" size="sm" onClick={() => setRenaming(d.code)}>
          {t("departments.rename")}
          <span className="o-visually-hidden"> {departmentName(d, locale)}</span>
        </Button>
      ),
    },
  ];

  const renamed = renaming ? departments.data?.find((d) => d.code === renaming) : undefined;

  return (
    <>
      <PageHeader
        title={t("departments.title")}
        description={t("departments.description")}
        actions={<Button onClick={() => setCreating(true)}>{t("departments.new")}</Button>}
      />
      {departments.isPending ? (
        <LoadingState label={t("departments.loading")} />
      ) : departments.isError ? (
        <ErrorPanel title={t("departments.loadError")} message={problemMessage(t, departments.error)} onRetry={() => void departments.refetch()} />
      ) : (
        <DataTable
          caption={t("departments.caption")}
          columns={columns}
          rows={departments.data}
          rowKey={(d) => d.code}
          empty={t("departments.empty")}
          busy={departments.isFetching}
        />
      )}
      {creating && <CreateDepartmentDialog onClose={() => setCreating(false)} />}
      {renamed && <RenameDepartmentDialog key={renamed.code} department={renamed} onClose={() => setRenaming(null)} />}
    </>
  );
}
