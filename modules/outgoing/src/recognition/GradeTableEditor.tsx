import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { GRADE_TABLE_KINDS, PERCENT_TOLERANCE, type GradeTable } from "@orbis/contracts/outgoing";
import { fieldErrorsOf, isStaleVersion } from "@orbis/contracts/problems";
import { ApiError } from "@orbis/contracts/http";
import { Button, Dialog, SelectField, TextField, FormAlert, ProblemAlert } from "@orbis/ui/react";
import { gradeTablesApi } from "../api/recognition";
import { useText } from "../i18n";

interface RowDraft {
  grade: string;
  percentage: string;
}

const percentOf = (text: string) => (text.trim() === "" ? Number.NaN : Number(text.replace(",", ".")));

/** Creates or replaces a grade table; the total of the percentages is checked as the user types. */
export function GradeTableEditor({ table, onClose, onSaved }: { table: GradeTable | null; onClose: () => void; onSaved: (table: GradeTable) => void }) {
  const t = useText();
  const [kind, setKind] = useState<string>(table?.kind ?? "partner");
  const [partnerId, setPartnerId] = useState(table?.partnerId ?? "");
  const [countryCode, setCountryCode] = useState(table?.countryCode ?? "");
  const [iscedCode, setIscedCode] = useState(table?.iscedCode ?? "");
  const [label, setLabel] = useState(table?.label ?? "");
  const [rows, setRows] = useState<RowDraft[]>(table?.rows.map((r) => ({ grade: r.grade, percentage: String(r.percentage) })) ?? [{ grade: "", percentage: "" }, { grade: "", percentage: "" }]);
  const sum = Math.round(rows.reduce((total, row) => total + (percentOf(row.percentage) || 0), 0) * 100) / 100;
  const sumValid = Math.abs(sum - 100) <= PERCENT_TOLERANCE;
  const save = useMutation({
    mutationFn: () => {
      const body = {
        kind: kind as GradeTable["kind"],
        partnerId: kind === "partner" ? partnerId.trim() || null : null,
        countryCode: kind === "country" ? countryCode.trim().toUpperCase() || null : null,
        iscedCode: iscedCode.trim() || null,
        label,
        rows: rows.map((row) => ({ grade: row.grade, percentage: percentOf(row.percentage) })),
      };
      return table ? gradeTablesApi.update(table.id, { ...body, version: table.version }) : gradeTablesApi.create(body);
    },
    onSuccess: onSaved,
  });
  const errors = fieldErrorsOf(save.error);
  const rowError = (index: number, field: string) =>
    save.error instanceof ApiError ? save.error.problem?.errors?.find((e) => e.path === `body.rows.${index}.${field}`)?.message : undefined;
  const placed = ["kind", "partnerId", "countryCode", "iscedCode", "label", "rows"];
  const unplaced = Object.entries(errors).filter(([field]) => !placed.includes(field)).map(([, message]) => message);
  const setRow = (index: number, next: Partial<RowDraft>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...next } : row)));
  const opt = (message: string | undefined) => (message ? { error: message } : {});
  return (
    <Dialog
      open
      size="lg"
      onClose={onClose}
      title={table ? t("gradeTables.edit", { label: table.label }) : t("gradeTables.new")}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form="outgoing-grade-table-form" loading={save.isPending} disabled={!sumValid}>
            {t("common.save")}
          </Button>
        </>
      }
    >
      <form
        id="outgoing-grade-table-form"
        className="outgoing-form outgoing-form--columns"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (sumValid) save.mutate();
        }}
      >
        <SelectField label={t("gradeTables.kind")} value={kind} placeholder={null} options={GRADE_TABLE_KINDS.map((k) => ({ value: k, label: t(`gradeTables.kind.${k}`) }))} onChange={setKind} {...opt(errors.kind)} />
        {kind === "partner" && <TextField label={t("gradeTables.partnerId")} value={partnerId} onChange={setPartnerId} required {...opt(errors.partnerId)} />}
        {kind === "country" && <TextField label={t("gradeTables.countryCode")} value={countryCode} onChange={setCountryCode} maxLength={2} required {...opt(errors.countryCode)} />}
        <TextField label={t("gradeTables.iscedCode")} value={iscedCode} onChange={setIscedCode} inputMode="numeric" {...opt(errors.iscedCode)} />
        <TextField label={t("gradeTables.label")} value={label} onChange={setLabel} required {...opt(errors.label)} />
        <fieldset className="o-fieldset outgoing-grade-rows">
          <legend>{t("gradeTables.rows")}</legend>
          {rows.map((row, index) => (
            <div className="outgoing-grade-row" key={index}>
              <TextField label={t("gradeTables.rowGrade", { n: index + 1 })} value={row.grade} onChange={(grade) => setRow(index, { grade })} {...opt(rowError(index, "grade"))} />
              <TextField label={t("gradeTables.rowPercentage", { n: index + 1 })} value={row.percentage} inputMode="decimal" onChange={(percentage) => setRow(index, { percentage })} {...opt(rowError(index, "percentage"))} />
              {rows.length > 2 && (
                <Button variant="ghost" size="sm" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
                  {t("gradeTables.removeRow", { n: index + 1 })}
                </Button>
              )}
            </div>
          ))}
          <Button variant="secondary" size="sm" onClick={() => setRows([...rows, { grade: "", percentage: "" }])}>
            {t("gradeTables.addRow")}
          </Button>
          <p role="status" className={sumValid ? "outgoing-sum" : "outgoing-sum outgoing-sum--invalid"}>
            {sumValid ? t("gradeTables.sum", { sum }) : t("gradeTables.sumInvalid", { sum })}
          </p>
          {errors.rows && <p className="o-field__error">{errors.rows}</p>}
        </fieldset>
        <FormAlert invalid={false} error={save.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={unplaced} />
        {isStaleVersion(save.error) && <ProblemAlert error={save.error} />}
      </form>
    </Dialog>
  );
}
