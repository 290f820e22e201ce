import { useState, type FormEvent } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { EVENT_KINDS, type ErasmusEvent } from "@orbis/contracts/erasmus";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Button, Card, DataTable, FormAlert, Link, navigate, PageHeader, Pagination, SelectField, TextField, useAnnounce, useLocale } from "@orbis/ui/react";
import { communicationApi } from "../api/areas-b";
import { useText } from "../i18n";
import { useCanWrite, useHref } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";
import { dateTime, isoOfLocal } from "./format";
import "./communication.css";

const PAGE_SIZE = 20;

/** Events, upcoming first, with their seats; the team creates new ones. */
export function EventsPage() {
  const t = useText();
  const locale = useLocale();
  const href = useHref();
  const canWrite = useCanWrite();
  const [when, setWhen] = useState<"" | "upcoming" | "past">("upcoming");
  const [page, setPage] = useState(1);
  const query = { when: when || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
  const list = useQuery({ queryKey: ["events", query], queryFn: ({ signal }) => communicationApi.events(query, signal), placeholderData: keepPreviousData });
  return (
    <>
      <PageHeader title={t("events.title")} description={t("events.intro")} />
      <div className="erasmus-comm-layout">
        <div>
          <SelectField label={t("events.when")} value={when} placeholder={t("events.all")} options={[{ value: "upcoming", label: t("events.upcoming") }, { value: "past", label: t("events.past") }]} onChange={(v) => { setWhen(v as typeof when); setPage(1); }} />
          <QueryView query={list}>
            {(data) => (
              <>
                <DataTable<ErasmusEvent>
                  caption={t("events.count", { count: data.total })}
                  rows={data.items}
                  rowKey={(e) => e.id}
                  busy={list.isFetching}
                  columns={[
                    { key: "title", header: t("events.eventTitle"), rowHeader: true, render: (e) => <Link href={href("event", { id: e.id })}>{e.title}</Link> },
                    { key: "kind", header: t("events.kind"), render: (e) => t(`events.kind.${e.kind}`) },
                    { key: "startsAt", header: t("events.startsAt"), render: (e) => dateTime(e.startsAt, locale) },
                    { key: "place", header: t("events.place") },
                    { key: "seats", header: t("events.capacity"), render: (e) => t("events.seats", { registered: e.registered, capacity: e.capacity, waiting: e.waiting, attended: e.attended }) },
                  ]}
                />
                <Pagination page={page} pageCount={Math.max(1, Math.ceil(data.total / PAGE_SIZE))} onPageChange={setPage} />
              </>
            )}
          </QueryView>
        </div>
        {canWrite && <NewEventCard onCreated={(id) => navigate(href("event", { id }))} />}
      </div>
    </>
  );
}

function NewEventCard({ onCreated }: { onCreated: (id: string) => void }) {
  const t = useText();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({ kind: "information-session", title: "", place: "", startsAt: "", endsAt: "", capacity: "" });
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const save = useMutation({
    mutationFn: () =>
      communicationApi.createEvent({
        kind: draft.kind as ErasmusEvent["kind"],
        title: draft.title,
        place: draft.place,
        startsAt: isoOfLocal(draft.startsAt),
        endsAt: isoOfLocal(draft.endsAt),
        capacity: draft.capacity === "" ? Number.NaN : Number(draft.capacity),
      }),
    onSuccess: (e) => {
      void queryClient.invalidateQueries({ queryKey: ["events"] });
      announce(t("events.created"));
      onCreated(e.id);
    },
  });
  const errors = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Card title={t("events.new")}>
      <form className="erasmus-comm-form" onSubmit={submit} noValidate>
        <SelectField label={t("events.kind")} value={draft.kind} placeholder={null} options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))} onChange={set("kind")} />
        <TextField label={t("events.eventTitle")} value={draft.title} onChange={set("title")} error={errors.title} required />
        <TextField label={t("events.place")} value={draft.place} onChange={set("place")} error={errors.place} required />
        <TextField label={t("events.startsAt")} type="datetime-local" value={draft.startsAt} onChange={set("startsAt")} error={errors.startsAt} required />
        <TextField label={t("events.endsAt")} type="datetime-local" value={draft.endsAt} onChange={set("endsAt")} error={errors.endsAt} required />
        <TextField label={t("events.capacity")} inputMode="numeric" value={draft.capacity} onChange={set("capacity")} error={errors.capacity} required />
        <FormAlert invalid={false} error={save.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
        <Button type="submit" loading={save.isPending}>{t("common.save")}</Button>
      </form>
    </Card>
  );
}
