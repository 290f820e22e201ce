import { RECOGNITION_DECISIONS } from "@orbis/contracts/outgoing";
import { Button, SelectField, TextField } from "@orbis/ui/react";
import { useText } from "../i18n";
import type { ComponentDraft } from "./component-draft";

interface Props {
  index: number;
  draft: ComponentDraft;
  onChange: (draft: ComponentDraft) => void;
  onRemove?: (() => void) | undefined;
  /** The server's message for a field of this component ("grade", "gradeOverride.reason"...). */
  errorOf: (field: string) => string | undefined;
  disabled: boolean;
}

/** One transcript component: what was obtained abroad and what the department recognises for it. */
export function ComponentFields({ index, draft, onChange, onRemove, errorOf, disabled }: Props) {
  const t = useText();
  const n = index + 1;
  const set = (field: keyof ComponentDraft) => (value: string) => onChange({ ...draft, [field]: value });
  const text = (field: keyof ComponentDraft, label: string, extra: { inputMode?: "decimal"; error?: string | undefined } = {}) => (
    <TextField label={`${label} (${n})`} value={draft[field]} onChange={set(field)} disabled={disabled} {...(extra.inputMode ? { inputMode: extra.inputMode } : {})} {...((extra.error ?? errorOf(field)) ? { error: (extra.error ?? errorOf(field))! } : {})} />
  );
  return (
    <fieldset className="outgoing-component">
      <legend>{t("recognition.component", { n })}</legend>
      <div className="outgoing-component__grid">
        {text("hostCode", t("recognition.hostCode"))}
        {text("hostTitle", t("recognition.hostTitle"))}
        {text("grade", t("recognition.grade"))}
        {text("hostCredits", t("recognition.hostCredits"), { inputMode: "decimal" })}
        {text("homeCourseCode", t("recognition.homeCourseCode"))}
        {text("homeCourseTitle", t("recognition.homeCourseTitle"))}
        {text("recognisedCredits", t("recognition.recognisedCredits"), { inputMode: "decimal" })}
        <SelectField
          label={`${t("recognition.decision")} (${n})`}
          value={draft.decision}
          placeholder={null}
          options={RECOGNITION_DECISIONS.map((d) => ({ value: d, label: t(`recognition.decision.${d}`) }))}
          onChange={(value) => onChange({ ...draft, decision: value as ComponentDraft["decision"] })}
          disabled={disabled}
          {...(errorOf("decision") ? { error: errorOf("decision")! } : {})}
        />
        {text("decisionReason", t("recognition.decisionReason"))}
        {text("overrideGrade", t("recognition.override"), { inputMode: "decimal", error: errorOf("gradeOverride.grade") })}
        {draft.overrideGrade.trim() !== "" && text("overrideReason", t("recognition.overrideReason"), { error: errorOf("gradeOverride.reason") })}
      </div>
      {onRemove && (
        <Button variant="secondary" size="sm" onClick={onRemove} disabled={disabled}>
          {t("recognition.removeComponent", { n })}
        </Button>
      )}
    </fieldset>
  );
}
