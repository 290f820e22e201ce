import { useState, type FormEvent } from "react";
import { ChangeReason, SEMESTERS, type ComponentChange, type LearningAgreementContent } from "@orbis/contracts/outgoing";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Button, SelectField, TextField, FormAlert } from "@orbis/ui/react";
import { useText } from "../i18n";

type Row = { code: string; title: string; semester: string; credits: string; change: string; reasonCode: string };
const emptyRow = (): Row => ({ code: "", title: "", semester: "S1", credits: "", change: "", reasonCode: "" });
const CEFR = ["A1", "A2", "B1", "B2", "C1", "C2"];

const toRows = (rows: Array<{ code: string | null; title: string; semester: string; credits: number; change?: ComponentChange | undefined }>): Row[] =>
  rows.map((r) => ({ code: r.code ?? "", title: r.title, semester: r.semester, credits: String(r.credits), change: r.change?.status ?? "", reasonCode: r.change?.reasonCode ?? "" }));

function fromRow(r: Row) {
  const change = r.change ? { change: { status: r.change as "inserted", ...(r.reasonCode ? { reasonCode: r.reasonCode as "not-available" } : {}) } } : {};
  // Credits are sent as typed: the service names the row whose credits are not a positive number.
  return { code: r.code.trim() || null, title: r.title, semester: r.semester as "S1", credits: r.credits.trim() === "" ? Number.NaN : Number(r.credits.replace(",", ".")), ...change };
}

export interface LaEditorProps {
  initial: LearningAgreementContent | null;
  kind: "first-version" | "changes";
  saving: boolean;
  error: unknown;
  onSave: (content: LearningAgreementContent) => void;
  onCancel: () => void;
}

/** Tables A and B with rows to add and remove, the language level and contact persons; server errors next to each field. */
export function LaEditor({ initial, kind, saving, error, onSave, onCancel }: LaEditorProps) {
  const t = useText();
  const [tableA, setTableA] = useState<Row[]>(initial ? toRows(initial.tableA) : [emptyRow()]);
  const [tableB, setTableB] = useState<Row[]>(initial ? toRows(initial.tableB) : [emptyRow()]);
  const [language, setLanguage] = useState(initial?.language ?? { language: "en", cefr: "B2" as const });
  const [contacts, setContacts] = useState({
    sending: initial?.sendingContact ?? { givenNames: "", familyName: "", email: "" },
    receiving: initial?.receivingContact ?? { givenNames: "", familyName: "", email: "" },
  });
  const errors = fieldErrorsOf(error);
  const shown = new Set<string>();
  const err = (key: string) => {
    if (errors[key]) shown.add(key);
    return errors[key];
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const contact = (c: { givenNames: string; familyName: string; email: string }) => (c.givenNames || c.familyName || c.email ? c : null);
    onSave({
      tableA: tableA.map(fromRow),
      tableB: tableB.map((r) => ({ ...fromRow(r), code: r.code.trim() })),
      virtualComponents: initial?.virtualComponents ?? [],
      language: language as LearningAgreementContent["language"],
      sendingContact: contact(contacts.sending),
      receivingContact: contact(contacts.receiving),
    });
  }

  function table(name: "tableA" | "tableB", rows: Row[], setRows: (rows: Row[]) => void) {
    const update = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    const short = t(`la.short.${name}`);
    const label = (field: string, i: number) => t("la.rowLabel", { table: short, field, row: i + 1 });
    return (
      <fieldset className="outgoing-la-table">
        <legend>{t(`la.${name}`)}</legend>
        {rows.map((r, i) => (
          <div key={i} className="outgoing-la-row">
            <TextField label={label(t("la.code"), i)} value={r.code} onChange={(code) => update(i, { code })} error={err(`${name}.${i}.code`)} />
            <TextField label={label(t("la.courseTitle"), i)} value={r.title} onChange={(title) => update(i, { title })} error={err(`${name}.${i}.title`)} />
            <SelectField label={label(t("la.semester"), i)} value={r.semester} placeholder={null} options={SEMESTERS.map((s) => ({ value: s, label: t(`la.semester.${s}`) }))} onChange={(semester) => update(i, { semester })} />
            <TextField label={label(t("la.credits"), i)} inputMode="decimal" value={r.credits} onChange={(credits) => update(i, { credits })} error={err(`${name}.${i}.credits`)} />
            {kind === "changes" && (
              <>
                <SelectField label={label(t("la.change"), i)} value={r.change} placeholder="—" options={(["inserted", "deleted"] as const).map((value) => ({ value, label: t(`la.changeStatus.${value}`) }))} onChange={(change) => update(i, { change })} error={err(`${name}.${i}.change`)} />
                <SelectField label={label(t("la.reason"), i)} value={r.reasonCode} placeholder="—" options={ChangeReason.options.map((value) => ({ value, label: value }))} onChange={(reasonCode) => update(i, { reasonCode })} error={err(`${name}.${i}.change.reasonCode`)} />
              </>
            )}
            <Button variant="secondary" size="sm" onClick={() => setRows(rows.filter((_, j) => j !== i))} aria-label={t("la.removeRow", { table: short, row: i + 1 })}>
              ×
            </Button>
          </div>
        ))}
        {errors[name] && <p className="outgoing-field-error">{err(name)}</p>}
        <Button variant="secondary" onClick={() => setRows([...rows, emptyRow()])}>
          {t("la.addRow", { table: short })}
        </Button>
      </fieldset>
    );
  }

  const contactFields = (side: "sending" | "receiving") => (
    <fieldset className="outgoing-la-contact">
      <legend>{t(`la.signature.${side}`)}</legend>
      {(["givenNames", "familyName", "email"] as const).map((field) => (
        <TextField
          key={field}
          label={t(`la.${field}`, { side: t(`la.signature.${side}`) })}
          value={contacts[side][field]}
          onChange={(value) => setContacts({ ...contacts, [side]: { ...contacts[side], [field]: value } })}
          error={err(`${side}Contact.${field}`) ?? (field === "givenNames" ? err(`${side}Contact`) : undefined)}
        />
      ))}
    </fieldset>
  );

  const form = (
    <>
      {table("tableA", tableA, setTableA)}
      {table("tableB", tableB, setTableB)}
      <div className="outgoing-la-row">
        <TextField label={t("la.language")} value={language.language} onChange={(value) => setLanguage({ ...language, language: value })} error={err("language.language")} />
        <SelectField label={t("la.cefr")} value={language.cefr} placeholder={null} options={CEFR.map((c) => ({ value: c, label: c }))} onChange={(cefr) => setLanguage({ ...language, cefr: cefr as "B2" })} error={err("language.cefr")} />
      </div>
      {contactFields("sending")}
      {contactFields("receiving")}
    </>
  );
  const unplaced = Object.entries(errors)
    .filter(([key]) => !shown.has(key))
    .map(([, message]) => message);
  return (
    <form className="outgoing-la-editor" onSubmit={submit} noValidate>
      {form}
      <FormAlert invalid={false} error={error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={unplaced} />
      <div className="outgoing-actions">
        <Button variant="secondary" onClick={onCancel}>{t("common.cancel")}</Button>
        <Button type="submit" loading={saving}>{t("la.save")}</Button>
      </div>
    </form>
  );
}
