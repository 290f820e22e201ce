import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Cefr, EQF_OF_LEVEL, STUDY_LEVELS, type Application, type CreateApplication, type Destination, type StudyLevel } from "@orbis/contracts/outgoing";
import { Button, ErrorPanel, LoadingState, PageHeader, SelectField, TextField, useAnnounce, FormAlert, problemMessage } from "@orbis/ui/react";
import { ApiError } from "@orbis/contracts/http";
import { fieldErrorsOf } from "../api/problems";
import { selectionApi } from "../api/selection";
import { useText } from "../i18n";
import { navigate } from "../router/location";
import { ApplicationPanels } from "./ApplicationPanels";
import { useHref } from "../shared/outgoing-context";

type Draft = Record<"studentNumber" | "firstName" | "lastName" | "email" | "department" | "level" | "sex" | "nationality" | "gradeAverage" | "certificateLanguage" | "certificateCefr", string> & { choices: [string, string, string] };

const EMPTY: Draft = { studentNumber: "", firstName: "", lastName: "", email: "", department: "", level: "L3", sex: "F", nationality: "FR", gradeAverage: "", certificateLanguage: "", certificateCefr: "", choices: ["", "", ""] };

function draftOf(a: Application): Draft {
  const c = a.choices;
  return {
    studentNumber: a.studentNumber, firstName: a.firstName, lastName: a.lastName, email: a.email, department: a.department, level: a.level, sex: a.sex, nationality: a.nationality,
    gradeAverage: String(a.gradeAverage), certificateLanguage: a.languageCertificate?.language ?? "", certificateCefr: a.languageCertificate?.cefr ?? "",
    choices: [c[0] ?? "", c[1] ?? "", c[2] ?? ""],
  };
}

function bodyOf(d: Draft): CreateApplication {
  return {
    studentNumber: d.studentNumber, firstName: d.firstName, lastName: d.lastName, email: d.email, department: d.department.toUpperCase(), level: d.level as StudyLevel,
    sex: d.sex as "F", nationality: d.nationality, gradeAverage: d.gradeAverage === "" ? Number.NaN : Number(d.gradeAverage.replace(",", ".")),
    languageCertificate: d.certificateLanguage && d.certificateCefr ? { language: d.certificateLanguage, cefr: d.certificateCefr as Cefr } : null,
    choices: d.choices.filter(Boolean),
  };
}

/** Choices offered to a student: destinations open to their EQF level and department. */
const openTo = (d: Destination, draft: Draft) =>
  (d.eqfLevels.length === 0 || d.eqfLevels.includes(EQF_OF_LEVEL[draft.level as StudyLevel])) && (d.departments.length === 0 || d.departments.includes(draft.department.toUpperCase()));

/** Create or edit an application; the server's field errors appear next to their inputs. */
export function ApplicationFormPage({ callId, applicationId }: { callId: string; applicationId?: string }) {
  const t = useText();
  const existing = useQuery({ queryKey: ["application", applicationId], queryFn: ({ signal }) => selectionApi.application(applicationId!, signal), enabled: Boolean(applicationId) });
  if (applicationId && existing.isPending) return <LoadingState label={t("common.loading")} />;
  if (applicationId && existing.isError) return <ErrorPanel title={t("problem.title")} message={problemMessage(t, existing.error)} onRetry={() => void existing.refetch()} />;
  return <ApplicationForm key={existing.data?.version ?? 0} callId={callId} application={existing.data} />;
}

function ApplicationForm({ callId, application }: { callId: string; application: Application | undefined }) {
  const t = useText();
  const href = useHref();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(application ? draftOf(application) : EMPTY);
  const destinations = useQuery({ queryKey: ["destinations", callId], queryFn: ({ signal }) => selectionApi.destinations(callId, signal) });
  const save = useMutation({
    mutationFn: (body: CreateApplication) => (application ? selectionApi.updateApplication(application.id, { ...body, version: application.version }) : selectionApi.createApplication(callId, body)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ["applications", callId] });
      queryClient.setQueryData(["application", saved.id], saved);
      announce(t("form.saved"));
      navigate(href("applications", { id: callId }));
    },
  });
  const errors = fieldErrorsOf(save.error);
  const set = (key: keyof Draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const setChoice = (i: number) => (value: string) => {
    const choices = [...draft.choices] as Draft["choices"];
    choices[i] = value;
    setDraft({ ...draft, choices });
  };
  // body.choices.N errors name the choice at fault.
  const apiError = save.error instanceof ApiError ? save.error : undefined;
  const choiceError = (i: number) => apiError?.fieldError(`body.choices.${i}`) ?? (i === 0 ? apiError?.fieldError("body.choices") : undefined);
  const offered = (destinations.data?.items ?? []).filter((d) => d.inForce && openTo(d, draft));
  const placed = new Set(["studentNumber", "firstName", "lastName", "email", "department", "level", "sex", "nationality", "gradeAverage", "languageCertificate.language", "languageCertificate.cefr", "choices"]);
  const unplaced = Object.entries(errors).filter(([field]) => !placed.has(field)).map(([, message]) => message);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(bodyOf(draft));
  };
  return (
    <>
      <PageHeader title={t(application ? "form.editTitle" : "form.createTitle")} />
      <form className="outgoing-form" onSubmit={submit} noValidate>
        <TextField label={t("form.studentNumber")} value={draft.studentNumber} onChange={set("studentNumber")} error={errors.studentNumber} required />
        <TextField label={t("form.firstName")} value={draft.firstName} onChange={set("firstName")} error={errors.firstName} required />
        <TextField label={t("form.lastName")} value={draft.lastName} onChange={set("lastName")} error={errors.lastName} required />
        <TextField label={t("form.email")} type="email" value={draft.email} onChange={set("email")} error={errors.email} required />
        <TextField label={t("form.department")} value={draft.department} onChange={set("department")} error={errors.department} required />
        <SelectField label={t("form.level")} value={draft.level} placeholder={null} options={STUDY_LEVELS.map((l) => ({ value: l, label: l }))} onChange={set("level")} error={errors.level} />
        <SelectField label={t("form.sex")} value={draft.sex} placeholder={null} options={["F", "M", "X"].map((s) => ({ value: s, label: s }))} onChange={set("sex")} error={errors.sex} />
        <TextField label={t("form.nationality")} value={draft.nationality} onChange={set("nationality")} error={errors.nationality} required />
        <TextField label={t("form.gradeAverage")} inputMode="decimal" value={draft.gradeAverage} onChange={set("gradeAverage")} error={errors.gradeAverage} required />
        <TextField label={t("form.certificateLanguage")} value={draft.certificateLanguage} onChange={set("certificateLanguage")} error={errors["languageCertificate.language"]} />
        <SelectField label={t("form.certificateCefr")} value={draft.certificateCefr} placeholder={t("form.noChoice")} options={Cefr.options.map((c) => ({ value: c, label: c }))} onChange={set("certificateCefr")} error={errors["languageCertificate.cefr"]} />
        {[0, 1, 2].map((i) => (
          <SelectField
            key={i}
            label={t("form.choice", { n: i + 1 })}
            value={draft.choices[i]!}
            placeholder={t("form.noChoice")}
            options={[...offered, ...(destinations.data?.items ?? []).filter((d) => d.id === draft.choices[i] && !offered.includes(d))].map((d) => ({ value: d.id, label: `${d.partnerName} (${d.partnerCountry})` }))}
            onChange={setChoice(i)}
            error={choiceError(i)}
          />
        ))}
        <FormAlert invalid={false} error={save.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={unplaced} />
        <Button type="submit" loading={save.isPending}>{t("common.save")}</Button>
      </form>
      {application && <ApplicationPanels application={application} />}
    </>
  );
}
