import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { DISTANCE_BANDS, type Grant, type RecordPayment } from "@orbis/contracts/erasmus";
import { Button, Checkbox, FormAlert, PageHeader, SelectField, TextField, centsOf, formatEuros, useAnnounce, useLocale } from "@orbis/ui/react";
import { grantsApi } from "../api/grants";
import { useText, type ErasmusMessageKey } from "../i18n";
import { useCanWrite } from "../shared/erasmus-context";
import { QueryView } from "../shared/QueryView";

/** One participant's grant: every amount explained, the team's settings, the payment schedule and the history. */
export function GrantPage({ id }: { id: string }) {
  const grant = useQuery({ queryKey: ["grant", id], queryFn: ({ signal }) => grantsApi.get(id, signal) });
  return <QueryView query={grant}>{(g) => <GrantView grant={g} />}</QueryView>;
}

function GrantView({ grant }: { grant: Grant }) {
  const t = useText();
  const locale = useLocale();
  const canWrite = useCanWrite();
  const r = grant.result;
  return (
    <>
      <PageHeader title={grant.participantName} description={`${grant.hostName} (${grant.countryCode}) — ${grant.input.start} – ${grant.input.end}`} />
      <section aria-labelledby="erasmus-explanation">
        <h2 id="erasmus-explanation">
          {t("grant.explanation")} : {formatEuros(grant.totalCents, locale)}
        </h2>
        {grant.problem && <p role="alert">{grant.problem}</p>}
        {r && (
          <>
            <p>{t("grant.duration", { days: r.durationDays, funded: r.fundedDays, months: r.fundedMonths, extra: r.fundedExtraDays, travel: r.travelDays })}</p>
            <ul>
              {r.components.map((c) => (
                <li key={c.code}>
                  <strong>{formatEuros(c.amountCents, locale)}</strong> — {c.explanation}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {canWrite && <SettingsForm grant={grant} />}
      <PaymentsPanel grant={grant} canWrite={canWrite} />
      <HistoryPanel grantId={grant.id} version={grant.version} />
    </>
  );
}

function SettingsForm({ grant }: { grant: Grant }) {
  const t = useText();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [band, setBand] = useState(grant.input.distanceBand ?? "");
  const [green, setGreen] = useState(grant.input.greenTravel);
  const [travelDays, setTravelDays] = useState(String(grant.input.travelDays));
  const [report, setReport] = useState(grant.reportSubmitted);
  const [reason, setReason] = useState("");
  const save = useMutation({
    mutationFn: () =>
      grantsApi.update(grant.id, { version: grant.version, distanceBand: (band || null) as Grant["input"]["distanceBand"], greenTravel: green, travelDays: Number(travelDays), reportSubmitted: report, ...(reason ? { reason } : {}) }),
    onSuccess: (updated) => {
      queryClient.setQueryData(["grant", grant.id], updated);
      void queryClient.invalidateQueries({ queryKey: ["payments", grant.id] });
      announce(t("grant.saved"));
    },
  });
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      className="erasmus-form"
      aria-labelledby="erasmus-settings"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="erasmus-settings">{t("grant.settings")}</h2>
      <FormAlert invalid={false} error={save.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
      <SelectField label={t("grant.distanceBand")} value={band} onChange={setBand} options={DISTANCE_BANDS.map((b) => ({ value: b, label: b }))} error={errors.distanceBand} />
      <Checkbox label={t("grant.greenTravel")} checked={green} onChange={setGreen} />
      <TextField label={t("grant.travelDays")} value={travelDays} onChange={setTravelDays} inputMode="numeric" error={errors.travelDays} />
      <Checkbox label={t("grant.report")} checked={report} onChange={setReport} />
      <TextField label={t("grant.reason")} value={reason} onChange={setReason} error={errors.reason} />
      <Button type="submit" loading={save.isPending}>
        {t("common.save")}
      </Button>
    </form>
  );
}

function PaymentsPanel({ grant, canWrite }: { grant: Grant; canWrite: boolean }) {
  const t = useText();
  const locale = useLocale();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const schedule = useQuery({ queryKey: ["payments", grant.id, grant.version], queryFn: ({ signal }) => grantsApi.payments(grant.id, signal) });
  const [kind, setKind] = useState<RecordPayment["kind"]>("prefinancing");
  const [amount, setAmount] = useState("");
  const [paidOn, setPaidOn] = useState("");
  const [reference, setReference] = useState("");
  // One key per payment typed: a double click or a retried request records it once.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const pay = useMutation({
    mutationFn: () => grantsApi.pay(grant.id, { idempotencyKey: key, kind, amountCents: centsOf(amount), paidOn, reference }),
    onSuccess: () => {
      setKey(crypto.randomUUID());
      setAmount("");
      void queryClient.invalidateQueries({ queryKey: ["grant", grant.id] });
      announce(t("payments.recorded"));
    },
  });
  const errors = fieldErrorsOf(pay.error);
  return (
    <section aria-labelledby="erasmus-payments">
      <h2 id="erasmus-payments">{t("payments.title")}</h2>
      <QueryView query={schedule}>
        {(s) => (
          <>
            <ul>
              {s.instalments.map((i) => (
                <li key={i.kind}>
                  {t(`payments.${i.kind}` as ErasmusMessageKey)} : {formatEuros(i.amountCents, locale)} ({formatEuros(i.paidCents, locale)} {t("grants.paid").toLowerCase()}){i.due === "after-report" ? `, ${t("payments.afterReport")}` : ""}
                </li>
              ))}
            </ul>
            <p>{t("payments.remaining", { amount: formatEuros(s.remainingCents, locale) })}</p>
            {s.payments.length > 0 && (
              <ol>
                {s.payments.map((p) => (
                  <li key={p.id}>
                    {p.paidOn} — {t(`payments.${p.kind}` as ErasmusMessageKey)} — {formatEuros(p.amountCents, locale)} {p.reference}
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </QueryView>
      {canWrite && (
        <form
          className="erasmus-form"
          noValidate
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            pay.mutate();
          }}
        >
          <FormAlert invalid={false} error={pay.error} hasFieldErrors={Object.keys(errors).length > 0} unplaced={[]} />
          <SelectField label={t("payments.kind")} value={kind} onChange={(v) => setKind(v as RecordPayment["kind"])} placeholder={null} options={(["prefinancing", "balance", "adjustment"] as const).map((k) => ({ value: k, label: t(`payments.${k}`) }))} error={errors.kind} />
          <TextField label={t("payments.amount")} value={amount} onChange={setAmount} inputMode="decimal" required error={errors.amountCents} />
          <TextField label={t("payments.paidOn")} type="date" value={paidOn} onChange={setPaidOn} required error={errors.paidOn} />
          <TextField label={t("payments.reference")} value={reference} onChange={setReference} error={errors.reference} />
          <Button type="submit" loading={pay.isPending}>
            {t("payments.record")}
          </Button>
        </form>
      )}
    </section>
  );
}

function HistoryPanel({ grantId, version }: { grantId: string; version: number }) {
  const t = useText();
  const locale = useLocale();
  const history = useQuery({ queryKey: ["grant-history", grantId, version], queryFn: ({ signal }) => grantsApi.history(grantId, signal) });
  return (
    <section aria-labelledby="erasmus-history">
      <h2 id="erasmus-history">{t("grant.history")}</h2>
      <QueryView query={history}>
        {(list) => (
          <ol>
            {list.map((e) => (
              <li key={e.id}>
                {new Date(e.at).toLocaleString(locale)} — {e.by} — {e.reason} — {formatEuros(e.totalCents, locale)}
              </li>
            ))}
          </ol>
        )}
      </QueryView>
    </section>
  );
}
