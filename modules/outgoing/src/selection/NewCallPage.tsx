import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Cefr, OUTGOING_PROGRAMMES, STUDY_LEVELS, type CreateCall, type StudyLevel } from "@orbis/contracts/outgoing";
import { Button, Checkbox, CheckboxGroup, PageHeader, SelectField, TextField, useAnnounce, FormAlert } from "@orbis/ui/react";
import { fieldErrorsOf } from "../api/problems";
import { selectionApi } from "../api/selection";
import { useText } from "../i18n";
import { navigate } from "../router/location";
import { useHref } from "../shared/outgoing-context";

const nextYear = () => new Date().getFullYear() + (new Date().getMonth() >= 7 ? 1 : 0);

/** A new call (draft): year, programme, dates, eligibility rules and required documents. */
export function NewCallPage() {
  const t = useText();
  const href = useHref();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({ academicYear: String(nextYear()), programme: "KA131", title: "", opensOn: "", closesOn: "", levels: ["L2", "L3", "M1"] as string[], minGradeAverage: "", certificate: false, minCefr: "", documents: "" });
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const save = useMutation({
    mutationFn: (body: CreateCall) => selectionApi.createCall(body),
    onSuccess: (call) => {
      void queryClient.invalidateQueries({ queryKey: ["calls"] });
      announce(t("newCall.created"));
      navigate(href("call", { id: call.id }));
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      academicYear: Number(draft.academicYear),
      programme: draft.programme as CreateCall["programme"],
      title: draft.title,
      opensOn: draft.opensOn,
      closesOn: draft.closesOn,
      eligibility: {
        levels: draft.levels as StudyLevel[],
        minGradeAverage: draft.minGradeAverage === "" ? null : Number(draft.minGradeAverage.replace(",", ".")),
        languageCertificateRequired: draft.certificate,
        minCefr: draft.minCefr === "" ? null : (draft.minCefr as Cefr),
      },
      requiredDocuments: draft.documents.split(/[;,]/).map((d) => d.trim()).filter(Boolean),
    });
  };
  const placed = new Set(["academicYear", "programme", "title", "opensOn", "closesOn", "eligibility.levels", "eligibility.minGradeAverage", "eligibility.minCefr", "requiredDocuments"]);
  return (
    <>
      <PageHeader title={t("newCall.title")} />
      <form className="outgoing-form" onSubmit={submit} noValidate>
        <TextField label={t("calls.year")} inputMode="numeric" value={draft.academicYear} onChange={set("academicYear")} error={errors.academicYear} required />
        <SelectField label={t("calls.programme")} value={draft.programme} placeholder={null} options={OUTGOING_PROGRAMMES.map((p) => ({ value: p, label: t(`programme.${p}`) }))} onChange={set("programme")} error={errors.programme} />
        <TextField label={t("newCall.callTitle")} value={draft.title} onChange={set("title")} error={errors.title} required />
        <TextField label={t("newCall.opensOn")} type="date" value={draft.opensOn} onChange={set("opensOn")} error={errors.opensOn} required />
        <TextField label={t("newCall.closesOn")} type="date" value={draft.closesOn} onChange={set("closesOn")} error={errors.closesOn} required />
        <CheckboxGroup legend={t("call.levels")} options={STUDY_LEVELS.map((l) => ({ value: l, label: l }))} value={draft.levels} onChange={(levels) => setDraft({ ...draft, levels })} error={errors["eligibility.levels"]} required />
        <TextField label={t("call.minGrade")} inputMode="decimal" value={draft.minGradeAverage} onChange={set("minGradeAverage")} error={errors["eligibility.minGradeAverage"]} />
        <Checkbox label={t("newCall.certificateRequired")} checked={draft.certificate} onChange={(certificate) => setDraft({ ...draft, certificate })} />
        <SelectField label={t("newCall.minCefr")} value={draft.minCefr} placeholder={t("common.none")} options={Cefr.options.map((c) => ({ value: c, label: c }))} onChange={set("minCefr")} error={errors["eligibility.minCefr"]} />
        <TextField label={t("call.documents")} hint={t("newCall.documentsHint")} value={draft.documents} onChange={set("documents")} error={errors.requiredDocuments} />
        <FormAlert invalid={false} error={save.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={Object.entries(errors).filter(([f]) => !placed.has(f)).map(([, m]) => m)} />
        <Button type="submit" loading={save.isPending}>{t("common.save")}</Button>
      </form>
    </>
  );
}
