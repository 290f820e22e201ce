import { useMutation } from "@tanstack/react-query";
import { COST_CATEGORIES, type Mission, type MissionInput } from "@orbis/contracts/governance";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Button, FormAlert, SelectField, TextField, focusFirstInvalid, useAnnounce } from "@orbis/ui/react";
import { useRef, useState } from "react";
import { missionsApi } from "../api/missions";
import { useText, type GovernanceMessageKey } from "../i18n";
import { centsOf } from "./format";

interface Line {
  category: string;
  label: string;
  amount: string;
}

/** A request's fields and cost lines; creates a draft, or saves a draft with the version read. */
export function MissionForm({ mission, onSaved }: { mission?: Mission; onSaved: (m: Mission) => void }) {
  const t = useText();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState({
    department: mission?.department ?? "",
    destinationCity: mission?.destinationCity ?? "",
    destinationCountry: mission?.destinationCountry ?? "",
    purpose: mission?.purpose ?? "",
    startDate: mission?.startDate ?? "",
    endDate: mission?.endDate ?? "",
  });
  const [lines, setLines] = useState<Line[]>(mission?.costLines.map((l) => ({ category: l.category, label: l.label, amount: String(l.amountCents / 100) })) ?? [{ category: "transport", label: "", amount: "" }]);
  const field = (key: keyof typeof form) => ({ value: form[key], onChange: (v: string) => setForm((f) => ({ ...f, [key]: v })) });
  const save = useMutation({
    mutationFn: () => {
      const input = {
        ...form,
        department: form.department.trim() ? form.department.trim().toUpperCase() : null,
        destinationCountry: form.destinationCountry.trim().toUpperCase(),
        costLines: lines.map((l) => ({ category: l.category, label: l.label, amountCents: centsOf(l.amount) })),
      } as MissionInput;
      return mission ? missionsApi.update(mission.id, { ...input, version: mission.version }) : missionsApi.create(input);
    },
    onSuccess: (saved) => {
      announce(mission ? t("common.saved") : t("missions.created"));
      onSaved(saved);
    },
    onError: () => queueMicrotask(() => formRef.current && focusFirstInvalid(formRef.current)),
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      ref={formRef}
      className="gov-missions-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <FormAlert invalid={false} error={save.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
      <TextField label={t("missions.department")} {...field("department")} error={errors.department} />
      <TextField label={t("missions.city")} {...field("destinationCity")} error={errors.destinationCity} required />
      <TextField label={t("missions.country")} {...field("destinationCountry")} error={errors.destinationCountry} required maxLength={2} />
      <TextField label={t("missions.purpose")} {...field("purpose")} error={errors.purpose} multiline rows={3} required />
      <TextField label={t("missions.start")} type="date" {...field("startDate")} error={errors.startDate} required />
      <TextField label={t("missions.end")} type="date" {...field("endDate")} error={errors.endDate} required />
      <fieldset className="gov-missions-costs">
        <legend>{t("missions.costs")}</legend>
        {errors.costLines && <p className="gov-missions-error" role="alert">{errors.costLines}</p>}
        {lines.map((line, i) => {
          const set = (patch: Partial<Line>) => setLines((all) => all.map((l, j) => (j === i ? { ...l, ...patch } : l)));
          return (
            <div key={i} className="gov-missions-cost">
              <SelectField label={t("missions.costCategory")} value={line.category} placeholder={null} options={COST_CATEGORIES.map((c) => ({ value: c, label: t(`missions.cost.${c}` as GovernanceMessageKey) }))} onChange={(v) => set({ category: v })} />
              <TextField label={t("missions.costLabel")} value={line.label} onChange={(v) => set({ label: v })} />
              <TextField label={t("missions.costAmount")} value={line.amount} onChange={(v) => set({ amount: v })} inputMode="decimal" />
              <Button type="button" variant="secondary" size="sm" onClick={() => setLines((all) => all.filter((_, j) => j !== i))} aria-label={t("missions.removeCost", { n: i + 1 })}>
                ×
              </Button>
            </div>
          );
        })}
        <Button type="button" variant="secondary" onClick={() => setLines((all) => [...all, { category: "other", label: "", amount: "" }])}>
          {t("missions.addCost")}
        </Button>
      </fieldset>
      <Button type="submit" loading={save.isPending}>
        {mission ? t("common.save") : t("common.create")}
      </Button>
    </form>
  );
}
