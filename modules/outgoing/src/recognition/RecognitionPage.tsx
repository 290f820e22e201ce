import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Recognition, RecognitionComponent } from "@orbis/contracts/outgoing";
import { ApiError } from "@orbis/contracts/http";
import { isStaleVersion } from "@orbis/contracts/problems";
import { Button, DataTable, ErrorPanel, LoadingState, PageHeader, useLocale, type DataTableColumn, useAnnounce, FormAlert, problemMessage, ProblemAlert } from "@orbis/ui/react";
import { mobilitiesApi } from "../api/outgoing";
import { recognitionApi } from "../api/recognition";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { formatGrade } from "../shared/format";
import { useHref } from "../shared/outgoing-context";
import { ComponentFields } from "./ComponentFields";
import { componentOf, draftsOf, emptyDraft, type ComponentDraft } from "./component-draft";

/** Recognition of a mobility's transcript: components, converted grades, decision, PDF of the decision. */
export function RecognitionPage({ id }: { id: string }) {
  const t = useText();
  const mobility = useQuery({ queryKey: ["mobility", id], queryFn: ({ signal }) => mobilitiesApi.get(id, signal) });
  const scale = useQuery({ queryKey: ["recognition-scale", id], queryFn: ({ signal }) => recognitionApi.scale(id, signal) });
  const recognition = useQuery({ queryKey: ["recognition", id], queryFn: ({ signal }) => recognitionApi.get(id, signal) });
  const failed = [mobility, scale, recognition].find((q) => q.isError);
  if (failed) return <ErrorPanel title={t("problem.title")} message={problemMessage(t, failed.error)} onRetry={() => void failed.refetch()} />;
  if (!mobility.data || !scale.data || recognition.data === undefined) return <LoadingState label={t("common.loading")} />;
  const m = mobility.data;
  return (
    <>
      <PageHeader title={t("recognition.title")} description={`${m.firstName} ${m.lastName.toUpperCase()} · ${m.hostName} (${m.hostCountry})`} />
      <p>
        {t("recognition.scale", { label: `${scale.data.label} (${t(`recognition.scaleSource.${scale.data.source}`)})`, home: scale.data.homeLabel })}
        <br />
        {t("recognition.grades", { grades: scale.data.grades.join(", ") })}
      </p>
      <RecognitionEditor mobilityId={id} recognition={recognition.data} onReload={() => recognition.refetch()} />
    </>
  );
}

/**
 * The drafts survive a reload after a stale-version conflict: the user reloads the current version (its number is
 * what the next save sends), checks their edits against the results shown, and saves again.
 */
function RecognitionEditor({ mobilityId, recognition, onReload }: { mobilityId: string; recognition: Recognition | null; onReload: () => Promise<unknown> }) {
  const t = useText();
  const href = useHref();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [drafts, setDrafts] = useState<ComponentDraft[]>(() => draftsOf(recognition));
  const save = useMutation({
    mutationFn: () => recognitionApi.save(mobilityId, { ...(recognition ? { version: recognition.version } : {}), components: drafts.map(componentOf) }),
    onSuccess: (saved) => {
      queryClient.setQueryData(["recognition", mobilityId], saved);
      announce(t("recognition.saved", { version: saved.version }));
    },
  });
  const fieldErrors = save.error instanceof ApiError ? (save.error.problem?.errors ?? []) : [];
  const placed = (path: string) => /^body\.components\.\d+\./.test(path);
  const errorOf = (index: number) => (field: string) => fieldErrors.find((e) => e.path === `body.components.${index}.${field}`)?.message;
  const busy = save.isPending;
  return (
    <>
      <form
        className="outgoing-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        {drafts.map((draft, index) => (
          <ComponentFields
            key={index}
            index={index}
            draft={draft}
            disabled={busy}
            errorOf={errorOf(index)}
            onChange={(next) => setDrafts(drafts.map((d, i) => (i === index ? next : d)))}
            onRemove={drafts.length > 1 ? () => setDrafts(drafts.filter((_, i) => i !== index)) : undefined}
          />
        ))}
        <FormAlert invalid={false} error={save.error} hasFieldErrors={fieldErrors.some((e) => placed(e.path))} unplaced={fieldErrors.filter((e) => !placed(e.path)).map((e) => e.message)} />
        {save.error && fieldErrors.length === 0 && <ProblemAlert error={save.error} />}
        {isStaleVersion(save.error) && (
          <p className="outgoing-conflict">
            {t("conflict.text")}
            <Button
              variant="secondary"
              onClick={() => {
                save.reset();
                void onReload().then(() => announce(t("conflict.reloaded")));
              }}
            >
              {t("conflict.reload")}
            </Button>
          </p>
        )}
        <div className="outgoing-form__actions">
          <Button variant="secondary" onClick={() => setDrafts([...drafts, emptyDraft()])} disabled={busy}>
            {t("recognition.addComponent")}
          </Button>
          <Button type="submit" loading={busy}>
            {t("common.save")}
          </Button>
        </div>
      </form>
      {recognition ? <RecognitionResults recognition={recognition} mobilityId={mobilityId} /> : <p>{t("recognition.none")}</p>}
      <p>
        <Link href={href("mobility", { id: mobilityId })}>{t("mobilities.title")}</Link>
      </p>
    </>
  );
}

function RecognitionResults({ recognition, mobilityId }: { recognition: Recognition; mobilityId: string }) {
  const t = useText();
  const locale = useLocale();
  const columns: DataTableColumn<RecognitionComponent>[] = [
    { key: "hostCode", header: t("recognition.hostCode"), rowHeader: true },
    { key: "grade", header: t("recognition.grade") },
    { key: "converted", header: t("recognition.converted"), align: "end", render: (c) => (c.converted.passing ? `${formatGrade(c.converted.grade, locale)}${c.converted.overridden ? " *" : ""}` : t("recognition.failing")) },
    { key: "range", header: t("recognition.range"), render: (c) => c.converted.range ?? "—" },
    { key: "credits", header: t("recognition.recognisedCredits"), align: "end", render: (c) => `${c.recognisedCredits} / ${c.hostCredits}` },
    { key: "decision", header: t("recognition.decision"), render: (c) => t(`recognition.decision.${c.decision}`) },
  ];
  return (
    <section aria-labelledby="outgoing-recognition-results">
      <h2 id="outgoing-recognition-results">{t("recognition.results")}</h2>
      <DataTable caption={t("recognition.results")} captionHidden columns={columns} rows={recognition.components} rowKey={(c) => recognition.components.indexOf(c)} />
      <p>{t("recognition.totals", { host: recognition.totals.hostCredits, recognised: recognition.totals.recognisedCredits })}</p>
      <p className="outgoing-form__actions">
        <a href={recognitionApi.pdfHref(mobilityId, "fr")} download>
          {t("recognition.pdfFr")}
        </a>
        <a href={recognitionApi.pdfHref(mobilityId, "en")} download>
          {t("recognition.pdfEn")}
        </a>
      </p>
    </section>
  );
}
