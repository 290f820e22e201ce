import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Registration } from "@orbis/contracts/erasmus";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Badge, Button, Card, Checkbox, DataTable, FormAlert, PageHeader, TextField, useAnnounce, useLocale } from "@orbis/ui/react";
import { communicationApi } from "../api/areas-b";
import { useText } from "../i18n";
import { useCanWrite } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";
import { dateTime } from "./format";
import "./communication.css";

/** One event: its seats, the registrations (waiting list in order), attendance, and the attendee list as a file. */
export function EventPage({ id }: { id: string }) {
  const t = useText();
  const locale = useLocale();
  const canWrite = useCanWrite();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const event = useQuery({ queryKey: ["events", id], queryFn: ({ signal }) => communicationApi.event(id, signal) });
  const registrations = useQuery({ queryKey: ["events", id, "registrations"], queryFn: ({ signal }) => communicationApi.registrations(id, signal) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ["events"] });
  const statusOf = (r: Registration) => (r.status === "waiting" ? t("events.status.waiting", { position: r.waitingPosition ?? 0 }) : t(`events.status.${r.status}`));
  const update = useMutation({
    mutationFn: ({ r, change }: { r: Registration; change: { attended?: boolean; status?: "cancelled" } }) => communicationApi.updateRegistration(r.id, { version: r.version, ...change }),
    onSuccess: (r) => {
      announce(t("events.registered", { name: r.name, status: statusOf(r) }));
      refresh();
    },
  });
  return (
    <QueryView query={event}>
      {(e) => (
        <>
          <PageHeader title={e.title} description={`${t(`events.kind.${e.kind}`)} · ${dateTime(e.startsAt, locale)} · ${e.place}`} />
          <p>
            {t("events.seats", { registered: e.registered, capacity: e.capacity, waiting: e.waiting, attended: e.attended })}{" "}
            {!e.registrationOpen && <Badge tone="warning">{t("events.closed")}</Badge>}
          </p>
          <p className="erasmus-comm-exports">
            <a href={communicationApi.attendeesUrl(e.id, "csv")} download>{t("events.exportCsv")}</a>
            <a href={communicationApi.attendeesUrl(e.id, "xlsx")} download>{t("events.exportXlsx")}</a>
          </p>
          <div className="erasmus-comm-layout">
            <QueryView query={registrations}>
              {(data) => (
                <DataTable<Registration>
                  caption={t("events.registrations")}
                  rows={data.items}
                  rowKey={(r) => r.id}
                  busy={registrations.isFetching || update.isPending}
                  columns={[
                    { key: "name", header: t("events.name"), rowHeader: true },
                    { key: "email", header: t("events.email") },
                    { key: "status", header: t("events.status.registered"), render: statusOf },
                    {
                      key: "attended",
                      header: t("events.attended"),
                      render: (r) =>
                        canWrite && r.status === "registered" ? (
                          <Checkbox label={`${t("events.attended")} : ${r.name}`} checked={r.attended} onChange={(attended) => update.mutate({ r, change: { attended } })} />
                        ) : r.attended ? "✓" : "",
                    },
                    ...(canWrite
                      ? [{ key: "cancel", header: t("events.cancel"), render: (r: Registration) => r.status !== "cancelled" && <Button variant="secondary" size="sm" aria-label={`${t("events.cancel")} : ${r.name}`} onClick={() => update.mutate({ r, change: { status: "cancelled" } })}>{t("common.cancel")}</Button> }]
                      : []),
                  ]}
                />
              )}
            </QueryView>
            {canWrite && e.registrationOpen && <RegisterCard eventId={e.id} onDone={refresh} />}
          </div>
          <FormAlert invalid={false} error={update.error} hasFieldErrors={false} unplaced={[]} />
        </>
      )}
    </QueryView>
  );
}

function RegisterCard({ eventId, onDone }: { eventId: string; onDone: () => void }) {
  const t = useText();
  const announce = useAnnounce();
  const [draft, setDraft] = useState({ name: "", email: "" });
  const register = useMutation({
    mutationFn: () => communicationApi.register(eventId, draft),
    onSuccess: (r) => {
      announce(t("events.registered", { name: r.name, status: r.status === "waiting" ? t("events.status.waiting", { position: r.waitingPosition ?? 0 }) : t("events.status.registered") }));
      setDraft({ name: "", email: "" });
      onDone();
    },
  });
  const errors = fieldErrorsOf(register.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate();
  };
  return (
    <Card title={t("events.register")}>
      <form className="erasmus-comm-form" onSubmit={submit} noValidate>
        <TextField label={t("events.name")} value={draft.name} onChange={(name) => setDraft({ ...draft, name })} error={errors.name} required />
        <TextField label={t("events.email")} type="email" value={draft.email} onChange={(email) => setDraft({ ...draft, email })} error={errors.email} required />
        <FormAlert invalid={false} error={register.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
        <Button type="submit" loading={register.isPending}>{t("events.register")}</Button>
      </form>
    </Card>
  );
}
