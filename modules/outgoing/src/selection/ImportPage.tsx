import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ApplicationImportResult } from "@orbis/contracts/outgoing";
import { Button, DataTable, PageHeader, type DataTableColumn, ProblemAlert } from "@orbis/ui/react";
import { selectionApi } from "../api/selection";
import { useText } from "../i18n";

type PreviewRow = ApplicationImportResult["preview"][number];
type Mode = "preview" | "all" | "valid-only";

/** Import applications from CSV/XLSX: preview with the errors of each row, then import all or the valid rows. */
export function ImportPage({ callId }: { callId: string }) {
  const t = useText();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const run = useMutation({
    mutationFn: (mode: Mode) => selectionApi.importApplications(callId, file!, mode),
    onSuccess: (result) => {
      if (result.written > 0) void queryClient.invalidateQueries({ queryKey: ["applications", callId] });
    },
  });
  const result = run.data;
  const errorsOf = (row: number) => (result?.errors ?? []).filter((e) => e.row === row);
  const columns: DataTableColumn<PreviewRow>[] = [
    { key: "row", header: t("import.row"), align: "end", render: (r) => r.row },
    { key: "studentNumber", header: t("form.studentNumber") },
    { key: "name", header: t("applications.student"), rowHeader: true },
    { key: "department", header: t("applications.department") },
    { key: "choices", header: t("applications.choices"), render: (r) => r.choices.join(" · ") },
    {
      key: "errors",
      header: t("import.errors"),
      render: (r) => {
        const errors = errorsOf(r.row);
        return errors.length ? (
          <ul className="outgoing-row-errors">
            {errors.map((e) => (
              <li key={`${e.path}${e.message}`}>{`${e.path} : ${e.message}`}</li>
            ))}
          </ul>
        ) : (
          t("import.ok")
        );
      },
    },
  ];
  return (
    <>
      <PageHeader title={t("import.title")} description={t("import.help")} />
      <div className="outgoing-form">
        <label htmlFor="outgoing-import-file">{t("import.file")}</label>
        <input
          id="outgoing-import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            run.reset();
          }}
        />
        <div className="outgoing-actions">
          <Button disabled={!file} loading={run.isPending && run.variables === "preview"} onClick={() => run.mutate("preview")}>{t("import.preview")}</Button>
          {result && (
            <>
              <Button variant="secondary" disabled={result.errors.length > 0} onClick={() => run.mutate("all")}>{t("import.all")}</Button>
              <Button variant="secondary" disabled={result.valid === 0} onClick={() => run.mutate("valid-only")}>{t("import.validOnly")}</Button>
            </>
          )}
        </div>
      </div>
      <ProblemAlert error={run.error} />
      {result && (
        <>
          <p role="status">{t("import.summary", { rows: result.rows, valid: result.valid, written: result.written })}</p>
          {result.errors.filter((e) => e.row === 1).map((e) => (
            <p key={e.path} className="outgoing-row-errors">{`${e.path} : ${e.message}`}</p>
          ))}
          <DataTable caption={t("import.title")} columns={columns} rows={result.preview} rowKey={(r) => r.row} />
        </>
      )}
    </>
  );
}
