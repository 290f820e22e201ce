import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import type { Project } from "@orbis/contracts/erasmus";
import { Button, FormAlert, TextField, centsOf, formatEuros, useAnnounce, useLocale } from "@orbis/ui/react";
import { projectsApi } from "../api/projects";
import { useText } from "../i18n";
import { QueryView } from "../shared/QueryView";

const total = (b: Project["budget"]) => b.individualSupport + b.travel + b.inclusionSupport + b.organisationalSupport;

/** The project's amendments (before and after) and, for the team, a form to record one. */
export function AmendmentsPanel({ project, canWrite }: { project: Project; canWrite: boolean }) {
  const t = useText();
  const locale = useLocale();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const amendments = useQuery({ queryKey: ["amendments", project.id, project.version], queryFn: ({ signal }) => projectsApi.amendments(project.id, signal) });
  const [draft, setDraft] = useState({ signedOn: "", reason: "", endDate: "", travel: "", individualSupport: "" });
  const set = (key: keyof typeof draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const amend = useMutation({
    mutationFn: () => {
      const budget: Partial<Project["budget"]> = {};
      if (draft.travel) budget.travel = centsOf(draft.travel);
      if (draft.individualSupport) budget.individualSupport = centsOf(draft.individualSupport);
      return projectsApi.amend(project.id, { version: project.version, signedOn: draft.signedOn, reason: draft.reason, ...(draft.endDate ? { endDate: draft.endDate } : {}), budget });
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(["project", project.id], updated);
      setDraft({ signedOn: "", reason: "", endDate: "", travel: "", individualSupport: "" });
      announce(t("amend.done"));
    },
  });
  const errors = fieldErrorsOf(amend.error);
  return (
    <section aria-labelledby="erasmus-amend-title">
      <h2 id="erasmus-amend-title">{t("amend.title")}</h2>
      <QueryView query={amendments}>
        {(list) =>
          list.length === 0 ? (
            <p>{t("amend.none")}</p>
          ) : (
            <ol>
              {list.map((a) => (
                <li key={a.id}>
                  <strong>
                    {a.signedOn} — {a.reason}
                  </strong>
                  : {t("amend.change", { beforeEnd: a.before.endDate, afterEnd: a.after.endDate, beforeTotal: formatEuros(total(a.before.budget), locale), afterTotal: formatEuros(total(a.after.budget), locale) })}
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
      {canWrite && (
        <form
          className="erasmus-form"
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            amend.mutate();
          }}
        >
          <FormAlert invalid={false} error={amend.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
          <TextField label={t("amend.signedOn")} type="date" value={draft.signedOn} onChange={set("signedOn")} required error={errors.signedOn} />
          <TextField label={t("amend.reason")} value={draft.reason} onChange={set("reason")} required error={errors.reason} />
          <TextField label={t("amend.newEnd")} type="date" value={draft.endDate} onChange={set("endDate")} error={errors.endDate} />
          <TextField label={t("amend.newIndividual")} value={draft.individualSupport} onChange={set("individualSupport")} inputMode="decimal" error={errors["budget.individualSupport"] ?? errors.budget} />
          <TextField label={t("amend.newTravel")} value={draft.travel} onChange={set("travel")} inputMode="decimal" error={errors["budget.travel"]} />
          <Button type="submit" loading={amend.isPending}>
            {t("amend.submit")}
          </Button>
        </form>
      )}
    </section>
  );
}
