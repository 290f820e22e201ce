import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InterviewSlot } from "@orbis/contracts/erasmus";
import { fieldErrorsOf, problemCodeOf } from "@orbis/contracts/problems";
import { Button, Card, Checkbox, DataTable, FormAlert, PageHeader, TextField, useAnnounce, useLocale } from "@orbis/ui/react";
import { communicationApi } from "../api/areas-b";
import { useText } from "../i18n";
import { useCanWrite } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";
import { StaleNotice } from "../shared/StaleNotice";
import { dateTime, isoOfLocal } from "./format";
import "./communication.css";

/** Interview slots from today: the team opens slots, books them for a student or staff member, and keeps notes. */
export function InterviewsPage() {
  const t = useText();
  const locale = useLocale();
  const canWrite = useCanWrite();
  const [onlyFree, setOnlyFree] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [from] = useState(() => new Date(new Date().setHours(0, 0, 0, 0)).toISOString());
  const query = { from, limit: 100, ...(onlyFree ? { free: "true" as const } : {}) };
  const slots = useQuery({ queryKey: ["interviews", query], queryFn: ({ signal }) => communicationApi.slots(query, signal) });
  return (
    <>
      <PageHeader title={t("interviews.title")} description={t("interviews.intro")} />
      <div className="erasmus-comm-layout">
        <div>
          <Checkbox label={t("interviews.onlyFree")} checked={onlyFree} onChange={setOnlyFree} />
          <QueryView query={slots}>
            {(data) => (
              <DataTable<InterviewSlot>
                caption={t("interviews.count", { count: data.total })}
                rows={data.items}
                rowKey={(s) => s.id}
                busy={slots.isFetching}
                columns={[
                  { key: "when", header: t("interviews.when"), rowHeader: true, render: (s) => dateTime(s.startsAt, locale) },
                  { key: "interviewer", header: t("interviews.interviewer") },
                  { key: "place", header: t("interviews.place") },
                  { key: "who", header: t("interviews.who"), render: (s) => (s.booking ? `${s.booking.name} — ${s.booking.topic}` : t("interviews.free")) },
                  ...(canWrite
                    ? [{ key: "action", header: "", render: (s: InterviewSlot) => <Button size="sm" variant="secondary" aria-label={`${s.booking ? t("interviews.notes") : t("interviews.book")} : ${dateTime(s.startsAt, locale)}`} onClick={() => setSelected(s.id)}>{s.booking ? t("interviews.notes") : t("interviews.book")}</Button> }]
                    : []),
                ]}
              />
            )}
          </QueryView>
        </div>
        {canWrite && (
          <div className="erasmus-comm-side">
            {selected && slots.data?.items.find((s) => s.id === selected) && <SlotCard key={selected} slot={slots.data.items.find((s) => s.id === selected)!} />}
            <OpenSlotsCard />
          </div>
        )}
      </div>
    </>
  );
}

function SlotCard({ slot }: { slot: InterviewSlot }) {
  const t = useText();
  const locale = useLocale();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["interviews"] });
  const [draft, setDraft] = useState({ name: "", email: "", topic: "" });
  const [notes, setNotes] = useState(slot.booking?.notes ?? "");
  const book = useMutation({ mutationFn: () => communicationApi.book(slot.id, draft), onSuccess: (b) => { announce(t("interviews.booked", { name: b.name })); refresh(); } });
  const save = useMutation({ mutationFn: () => communicationApi.notes(slot.booking!.id, { version: slot.booking!.version, notes }), onSuccess: () => { announce(t("interviews.notesSaved")); refresh(); } });
  const errors = fieldErrorsOf(book.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (slot.booking) save.mutate();
    else book.mutate();
  };
  return (
    <Card title={`${dateTime(slot.startsAt, locale)} — ${slot.interviewer}`}>
      <form className="erasmus-comm-form" onSubmit={submit} noValidate>
        {slot.booking ? (
          <>
            <p>{`${slot.booking.name} (${slot.booking.email}) — ${slot.booking.topic}`}</p>
            <TextField label={t("interviews.notes")} multiline rows={5} value={notes} onChange={setNotes} error={fieldErrorsOf(save.error).notes} />
            <StaleNotice error={save.error} onReload={refresh} />
            <Button type="submit" loading={save.isPending}>{t("interviews.saveNotes")}</Button>
          </>
        ) : (
          <>
            <TextField label={t("events.name")} value={draft.name} onChange={(name) => setDraft({ ...draft, name })} error={errors.name} required />
            <TextField label={t("events.email")} type="email" value={draft.email} onChange={(email) => setDraft({ ...draft, email })} error={errors.email} required />
            <TextField label={t("interviews.topic")} value={draft.topic} onChange={(topic) => setDraft({ ...draft, topic })} error={errors.topic} required />
            <FormAlert invalid={false} error={book.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
            {problemCodeOf(book.error) === "conflict" && <Button variant="secondary" onClick={refresh}>{t("conflict.reload")}</Button>}
            <Button type="submit" loading={book.isPending}>{t("interviews.book")}</Button>
          </>
        )}
      </form>
    </Card>
  );
}

function OpenSlotsCard() {
  const t = useText();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({ interviewer: "", place: "", startsAt: "", minutes: "30", count: "4" });
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const open = useMutation({
    mutationFn: () => communicationApi.openSlots({ interviewer: draft.interviewer, place: draft.place, startsAt: isoOfLocal(draft.startsAt), minutes: Number(draft.minutes), count: Number(draft.count) }),
    onSuccess: (list) => {
      announce(t("interviews.opened", { count: list.items.length }));
      void queryClient.invalidateQueries({ queryKey: ["interviews"] });
    },
  });
  const errors = fieldErrorsOf(open.error);
  return (
    <Card title={t("interviews.open")}>
      <form className="erasmus-comm-form" onSubmit={(e) => { e.preventDefault(); open.mutate(); }} noValidate>
        <TextField label={t("interviews.interviewer")} value={draft.interviewer} onChange={set("interviewer")} error={errors.interviewer} required />
        <TextField label={t("interviews.place")} value={draft.place} onChange={set("place")} error={errors.place} required />
        <TextField label={t("interviews.startsAt")} type="datetime-local" value={draft.startsAt} onChange={set("startsAt")} error={errors.startsAt} required />
        <TextField label={t("interviews.minutes")} inputMode="numeric" value={draft.minutes} onChange={set("minutes")} error={errors.minutes} />
        <TextField label={t("interviews.slots")} inputMode="numeric" value={draft.count} onChange={set("count")} error={errors.count} />
        <FormAlert invalid={false} error={open.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
        <Button type="submit" loading={open.isPending}>{t("interviews.open")}</Button>
      </form>
    </Card>
  );
}
