import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Button, Checkbox, FormAlert, navigate, PageHeader, SelectField, TextField, useAnnounce } from "@orbis/ui/react";
import { staffApi } from "../api/areas-b";
import { useText } from "../i18n";
import { useHref } from "../shared/erasmus-context";
import { emptyStaffDraft, STAFF_FIELD_OF, staffBody, type StaffDraft } from "./staff-form";
import "./staff.css";

/** A teacher's or staff member's application for a teaching or training mobility. */
export function NewStaffMobilityPage() {
  const t = useText();
  const href = useHref();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<StaffDraft>(emptyStaffDraft);
  const set = (key: keyof StaffDraft) => (value: string | boolean) => setDraft({ ...draft, [key]: value });
  const save = useMutation({
    mutationFn: () => staffApi.create(staffBody(draft)),
    onSuccess: (m) => {
      void queryClient.invalidateQueries({ queryKey: ["staff-mobilities"] });
      announce(t("staff.created"));
      navigate(href("staffMobility", { id: m.id }));
    },
  });
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(save.error))) errors[STAFF_FIELD_OF[path] ?? path] = message;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const placed = new Set(Object.keys(emptyStaffDraft));
  return (
    <>
      <PageHeader title={t("staff.newTitle")} />
      <form className="erasmus-staff-form" onSubmit={submit} noValidate>
        <SelectField label={t("staff.type")} value={draft.type} placeholder={null} options={(["teaching", "training"] as const).map((v) => ({ value: v, label: t(`staff.type.${v}`) }))} onChange={set("type")} error={errors.type} />
        <fieldset>
          <legend>{t("staff.participant")}</legend>
          <TextField label={t("staff.firstName")} value={draft.firstName} onChange={set("firstName")} error={errors.firstName} required />
          <TextField label={t("staff.lastName")} value={draft.lastName} onChange={set("lastName")} error={errors.lastName} required />
          <TextField label={t("staff.email")} type="email" value={draft.email} onChange={set("email")} error={errors.email} required />
          <SelectField label={t("staff.sex")} value={draft.sex} placeholder={null} options={["F", "M", "X"].map((v) => ({ value: v, label: v }))} onChange={set("sex")} />
          <SelectField label={t("staff.category")} value={draft.category} placeholder={null} options={(["academic", "administrative"] as const).map((v) => ({ value: v, label: t(`staff.category.${v}`) }))} onChange={set("category")} />
          <TextField label={t("staff.department")} value={draft.department} onChange={set("department")} error={errors.department} />
          <Checkbox label={t("staff.fewerOpportunities")} checked={draft.fewerOpportunities} onChange={set("fewerOpportunities")} />
        </fieldset>
        <fieldset>
          <legend>{t("staff.host")}</legend>
          <TextField label={t("staff.hostName")} value={draft.hostName} onChange={set("hostName")} error={errors.hostName} required />
          <TextField label={t("staff.hostCode")} value={draft.hostCode} onChange={set("hostCode")} error={errors.hostCode} />
          <TextField label={t("staff.hostCountry")} value={draft.hostCountry} onChange={set("hostCountry")} error={errors.hostCountry} maxLength={2} required />
          <TextField label={t("staff.hostCity")} value={draft.hostCity} onChange={set("hostCity")} error={errors.hostCity} required />
        </fieldset>
        <fieldset>
          <legend>{t("staff.dates")}</legend>
          <TextField label={t("staff.startDate")} type="date" value={draft.startDate} onChange={set("startDate")} error={errors.startDate} required />
          <TextField label={t("staff.endDate")} type="date" value={draft.endDate} onChange={set("endDate")} error={errors.endDate} required />
          <TextField label={t("staff.travelDays")} inputMode="numeric" value={draft.travelDays} onChange={set("travelDays")} error={errors.travelDays} />
          <TextField label={t("staff.distanceKm")} inputMode="numeric" value={draft.distanceKm} onChange={set("distanceKm")} error={errors.distanceKm} required />
          <Checkbox label={t("staff.greenTravel")} checked={draft.greenTravel} onChange={set("greenTravel")} />
          {draft.type === "teaching" && <TextField label={t("staff.teachingHours")} inputMode="numeric" value={draft.teachingHours} onChange={set("teachingHours")} error={errors.teachingHours} />}
        </fieldset>
        <TextField label={t("staff.programme")} multiline rows={3} value={draft.programme} onChange={set("programme")} error={errors.programme} />
        <FormAlert invalid={false} error={save.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={Object.entries(errors).filter(([f]) => !placed.has(f)).map(([, m]) => m)} />
        <Button type="submit" loading={save.isPending}>{t("common.save")}</Button>
      </form>
    </>
  );
}
