import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { BUDGET_CATEGORIES, type CreateProject } from "@orbis/contracts/erasmus";
import { Button, FormAlert, PageHeader, SelectField, TextField, centsOf, navigate, useAnnounce } from "@orbis/ui/react";
import { projectsApi } from "../api/projects";
import { useText } from "../i18n";
import { useHref } from "../shared/erasmus-context";

const EMPTY = { action: "KA131", callYear: String(new Date().getFullYear()), grantAgreementNumber: "", title: "", startDate: "", endDate: "", partnerCountries: "", individualSupport: "", travel: "", inclusionSupport: "", organisationalSupport: "" };

/** A new KA131 or KA171 project from its grant agreement: number, period, budget per category, partner countries. */
export function NewProjectPage() {
  const t = useText();
  const href = useHref();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(EMPTY);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof EMPTY) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const create = useMutation({
    mutationFn: (body: CreateProject) => projectsApi.create(body),
    onSuccess: (project) => {
      void queryClient.invalidateQueries({ queryKey: ["projects"] });
      announce(t("project.created"));
      navigate(href("project", { id: project.id }));
    },
  });
  const errors = { ...fieldErrorsOf(create.error), ...localErrors };
  function submit(event: FormEvent) {
    event.preventDefault();
    const budget = Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, centsOf(draft[c])])) as CreateProject["budget"];
    const invalid = Object.fromEntries(BUDGET_CATEGORIES.filter((c) => Number.isNaN(budget[c])).map((c) => [`budget.${c}`, t("validation.fixFields")]));
    setLocalErrors(invalid);
    if (Object.keys(invalid).length) return;
    create.mutate({
      action: draft.action as CreateProject["action"],
      callYear: Number(draft.callYear),
      grantAgreementNumber: draft.grantAgreementNumber,
      title: draft.title,
      startDate: draft.startDate,
      endDate: draft.endDate,
      budget,
      partnerCountries: draft.partnerCountries.split(",").map((c) => c.trim().toUpperCase()).filter(Boolean),
      status: "running",
    });
  }
  return (
    <>
      <PageHeader title={t("projects.new")} />
      <form className="erasmus-form" onSubmit={submit} noValidate>
        <FormAlert invalid={Object.keys(localErrors).length > 0} error={create.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
        <SelectField label={t("project.action")} value={draft.action} onChange={set("action")} placeholder={null} options={[{ value: "KA131", label: "KA131" }, { value: "KA171", label: "KA171" }]} error={errors.action} />
        <TextField label={t("project.callYear")} value={draft.callYear} onChange={set("callYear")} inputMode="numeric" required error={errors.callYear} />
        <TextField label={t("project.number")} value={draft.grantAgreementNumber} onChange={set("grantAgreementNumber")} hint="2026-1-FR01-KA131-HED-000123456" required error={errors.grantAgreementNumber} />
        <TextField label={t("project.title")} value={draft.title} onChange={set("title")} required error={errors.title} />
        <TextField label={t("project.start")} type="date" value={draft.startDate} onChange={set("startDate")} required error={errors.startDate} />
        <TextField label={t("project.end")} type="date" value={draft.endDate} onChange={set("endDate")} required error={errors.endDate} />
        {BUDGET_CATEGORIES.map((c) => (
          <TextField key={c} label={`${t(`category.${c}`)} (EUR)`} value={draft[c]} onChange={set(c)} inputMode="decimal" required error={errors[`budget.${c}`]} />
        ))}
        <TextField label={t("project.partnerCountries")} value={draft.partnerCountries} onChange={set("partnerCountries")} error={errors.partnerCountries} />
        <Button type="submit" loading={create.isPending}>
          {t("common.save")}
        </Button>
      </form>
    </>
  );
}
