import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Aid } from "@orbis/contracts/outgoing";
import { Button, DataTable, ErrorPanel, LoadingState, PageHeader, SelectField, useLocale, type DataTableColumn, useAnnounce, problemMessage } from "@orbis/ui/react";
import { aidsApi } from "../api/funding";
import { useText } from "../i18n";
import { formatEuros } from "../shared/format";
import { useIsStaff } from "../shared/outgoing-context";
import { AidEditor } from "./AidEditor";
import { BudgetBar } from "./BudgetBar";

function currentAcademicYear(): number {
  const now = new Date();
  return now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
}

/** The aids of an academic year with the budget committed and left, and their editor. */
export function AidsPage() {
  const t = useText();
  const locale = useLocale();
  const isStaff = useIsStaff();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [year, setYear] = useState(currentAcademicYear());
  const [editing, setEditing] = useState<Aid | "new" | null>(null);
  const aids = useQuery({ queryKey: ["aids", year], queryFn: ({ signal }) => aidsApi.list(year, signal) });
  const years = Array.from({ length: 6 }, (_, i) => currentAcademicYear() + 1 - i);
  const columns: DataTableColumn<Aid>[] = [
    { key: "name", header: t("aids.name"), rowHeader: true },
    { key: "kind", header: t("aids.kind"), render: (a) => t(`aids.kind.${a.kind}`) },
    { key: "amount", header: t("aids.amount"), render: (a) => `${formatEuros(a.amountCents, locale)} (${t(`aids.amountType.${a.amountType}`)})` },
    { key: "budget", header: t("aids.consumption"), render: (a) => <BudgetBar aid={a} /> },
    { key: "awards", header: t("funding.awards"), render: (a) => t("aids.awards", { count: a.awardCount }) },
    ...(isStaff
      ? [
          {
            key: "actions",
            header: "",
            render: (a: Aid) => (
              <Button size="sm" variant="secondary" onClick={() => setEditing(a)}>
                {t("aids.edit", { name: a.name })}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader title={t("aids.title")} description={t("aids.intro")} />
      <div className="o-toolbar">
        <SelectField label={t("aids.year")} value={String(year)} placeholder={null} options={years.map((y) => ({ value: String(y), label: `${y}-${y + 1}` }))} onChange={(value) => setYear(Number(value))} />
        {isStaff && <Button onClick={() => setEditing("new")}>{t("aids.new")}</Button>}
      </div>
      {aids.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : aids.isError ? (
        <ErrorPanel title={t("problem.title")} message={problemMessage(t, aids.error)} onRetry={() => void aids.refetch()} />
      ) : (
        <DataTable caption={t("aids.title")} columns={columns} rows={aids.data} rowKey={(a) => a.id} empty={t("aids.empty")} />
      )}
      {editing && (
        <AidEditor
          aid={editing === "new" ? null : editing}
          year={year}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            announce(t("aids.saved"));
            void queryClient.invalidateQueries({ queryKey: ["aids"] });
          }}
        />
      )}
    </>
  );
}
