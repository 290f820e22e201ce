import { useEffect, useRef, useState, type FormEvent } from "react";
import { fieldErrorsOf, isStaleVersion } from "@orbis/contracts/problems";
import { Alert, Button, FormAlert, SelectField, TextField, focusFirstInvalid } from "@orbis/ui/react";
import { useText, type GovernanceMessageKey } from "../i18n";
import { toBody, toFormValues, type FieldSpec, type FormValues } from "./fields";

export interface RecordFormProps {
  /** Prefix of the inputs' ids, unique on the page. */
  id: string;
  fields: FieldSpec[];
  record?: Record<string, unknown>;
  submitLabel: GovernanceMessageKey;
  /** Sends the body (with the version when editing); rejects with the API's error. */
  onSubmit: (body: Record<string, unknown>) => Promise<unknown>;
  onCancel?: () => void;
  /** After a stale-version refusal: reload the record. */
  onReload?: () => void;
}

/**
 * A record's form: the API's field errors are shown next to their inputs (focus moves to the first), a stale version
 * gets its own notice with a reload, anything else an alert above the buttons.
 */
export function RecordForm({ id, fields, record, submitLabel, onSubmit, onCancel, onReload }: RecordFormProps) {
  const t = useText();
  const [values, setValues] = useState<FormValues>(() => toFormValues(fields, record));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  const known = new Set(fields.map((f) => f.name));
  const unplaced = Object.entries(errors)
    .filter(([name]) => !known.has(name.split(".")[0]!))
    .map(([name, message]) => `${name}: ${message}`);
  const stale = isStaleVersion(error);
  const formRef = useRef<HTMLFormElement>(null);
  // Once the refused fields are marked, start the user at the first of them.
  useEffect(() => {
    if (error) focusFirstInvalid(formRef.current);
  }, [error]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = toBody(fields, values, record !== undefined);
      await onSubmit(record ? { ...body, version: record.version } : body);
      if (!record) setValues(toFormValues(fields, undefined));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (name: string) => errors[name] ?? Object.entries(errors).find(([k]) => k.startsWith(`${name}.`))?.[1];
  return (
    <form ref={formRef} className="gov-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      {stale && (
        <Alert tone="warning" title={t("conflict.record")}>
          <p>{t("conflict.text")}</p>
          {onReload && (
            <Button type="button" variant="secondary" onClick={onReload}>
              {t("conflict.reload")}
            </Button>
          )}
        </Alert>
      )}
      <div className="gov-form-grid">
        {fields.map((f) => {
          const common = { id: `${id}-${f.name}`, label: t(f.label), value: values[f.name] ?? "", required: f.required, error: errorOf(f.name) };
          const set = (v: string) => setValues((prev) => ({ ...prev, [f.name]: v }));
          if (f.kind === "select") {
            const options = (f.options ?? []).map((o) =>
              typeof o === "string" ? { value: o, label: f.optionPrefix ? t(`${f.optionPrefix}${o}` as GovernanceMessageKey) : o } : o,
            );
            return <SelectField key={f.name} {...common} options={options} onChange={set} placeholder={f.required ? null : "—"} />;
          }
          const type = f.kind === "date" ? "date" : "text";
          const inputMode = f.kind === "integer" ? "numeric" : f.kind === "number" || f.kind === "euros" ? "decimal" : undefined;
          return (
            <TextField
              key={f.name}
              {...common}
              type={type}
              inputMode={inputMode}
              multiline={f.kind === "textarea" || f.kind === "list"}
              rows={f.kind === "list" ? 3 : 4}
              hint={f.hint ? t(f.hint) : f.kind === "list" ? t("form.onePerLine") : undefined}
              onChange={set}
              className={f.kind === "textarea" ? "gov-form-wide" : undefined}
            />
          );
        })}
      </div>
      <FormAlert invalid={false} error={stale ? null : error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={unplaced} />
      <div className="gov-form-actions">
        <Button type="submit" disabled={busy}>
          {t(submitLabel)}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
