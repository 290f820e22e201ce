import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { AID_AMOUNT_TYPES, AID_KINDS, OUTGOING_PROGRAMMES, STUDY_LEVELS, type Aid } from "@orbis/contracts/outgoing";
import { fieldErrorsOf, isStaleVersion } from "@orbis/contracts/problems";
import { Button, Checkbox, CheckboxGroup, Dialog, SelectField, TextField, FormAlert, ProblemAlert } from "@orbis/ui/react";
import { aidsApi } from "../api/funding";
import { useText } from "../i18n";
import { aidDraftOf, aidInputOf, type AidDraft } from "./aid-draft";

const FIELD_OF: Record<string, keyof AidDraft> = {
  budgetCents: "budget",
  amountCents: "amount",
  "rules.scholarshipHolderRequired": "scholarshipHolderRequired",
  "rules.minMonths": "minMonths",
  "rules.maxMonths": "maxMonths",
  "rules.programmes": "programmes",
  "rules.levels": "levels",
};

/** Creates or replaces an aid: kind, year, budget, amount and its eligibility rules. */
export function AidEditor({ aid, year, onClose, onSaved }: { aid: Aid | null; year: number; onClose: () => void; onSaved: (aid: Aid) => void }) {
  const t = useText();
  const [draft, setDraft] = useState(() => aidDraftOf(aid, year));
  const save = useMutation({
    mutationFn: () => (aid ? aidsApi.update(aid.id, { ...aidInputOf(draft), version: aid.version }) : aidsApi.create(aidInputOf(draft))),
    onSuccess: onSaved,
  });
  const errors: Partial<Record<keyof AidDraft, string>> = {};
  for (const [field, message] of Object.entries(fieldErrorsOf(save.error))) errors[FIELD_OF[field] ?? (field as keyof AidDraft)] ??= message;
  const known = new Set<string>(Object.keys(draft));
  const unplaced = Object.entries(errors).filter(([field]) => !known.has(field)).map(([, message]) => message!);
  const text = (field: keyof AidDraft, label: string, extra: { inputMode?: "decimal" | "numeric"; required?: boolean } = {}) => (
    <TextField label={label} value={draft[field] as string} onChange={(value) => setDraft({ ...draft, [field]: value })} {...extra} {...(errors[field] ? { error: errors[field] } : {})} />
  );
  return (
    <Dialog
      open
      size="lg"
      onClose={onClose}
      title={aid ? t("aids.edit", { name: aid.name }) : t("aids.new")}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form="outgoing-aid-form" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </>
      }
    >
      <form
        id="outgoing-aid-form"
        className="outgoing-form outgoing-form--columns"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <SelectField label={t("aids.kind")} value={draft.kind} placeholder={null} options={AID_KINDS.map((k) => ({ value: k, label: t(`aids.kind.${k}`) }))} onChange={(kind) => setDraft({ ...draft, kind })} />
        {text("name", t("aids.name"), { required: true })}
        {text("academicYear", t("aids.year"), { inputMode: "numeric", required: true })}
        {text("budget", t("aids.budget"), { inputMode: "decimal", required: true })}
        <SelectField label={t("aids.amountType")} value={draft.amountType} placeholder={null} options={AID_AMOUNT_TYPES.map((k) => ({ value: k, label: t(`aids.amountType.${k}`) }))} onChange={(amountType) => setDraft({ ...draft, amountType })} />
        {text("amount", t("aids.amount"), { inputMode: "decimal", required: true })}
        {draft.amountType === "monthly" && text("maxFundedMonths", t("aids.maxFundedMonths"), { inputMode: "numeric" })}
        <fieldset className="o-fieldset">
          <legend>{t("aids.rules")}</legend>
          <Checkbox label={t("aids.scholarshipHolderRequired")} checked={draft.scholarshipHolderRequired} onChange={(checked) => setDraft({ ...draft, scholarshipHolderRequired: checked })} />
          {text("minMonths", t("aids.minMonths"), { inputMode: "numeric" })}
          {text("maxMonths", t("aids.maxMonths"), { inputMode: "numeric" })}
          <CheckboxGroup legend={t("aids.programmes")} options={OUTGOING_PROGRAMMES.map((p) => ({ value: p, label: t(`programme.${p}`) }))} value={draft.programmes} onChange={(programmes) => setDraft({ ...draft, programmes })} {...(errors.programmes ? { error: errors.programmes } : {})} />
          <CheckboxGroup legend={t("aids.levels")} options={STUDY_LEVELS.map((l) => ({ value: l, label: l }))} value={draft.levels} onChange={(levels) => setDraft({ ...draft, levels })} {...(errors.levels ? { error: errors.levels } : {})} />
        </fieldset>
        <FormAlert invalid={false} error={save.error} hasFieldErrors={Object.keys(errors).length > unplaced.length} unplaced={unplaced} />
        {isStaleVersion(save.error) && <ProblemAlert error={save.error} />}
      </form>
    </Dialog>
  );
}
