import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Card, TextField, useAnnounce, useLocale } from "@orbis/ui/react";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { useState } from "react";
import { missionsApi } from "../api/missions";
import { useText } from "../i18n";
import { useCanWrite } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";
import { centsOf, euros } from "./format";

/** The year's envelope as a bar: committed, pending, available; leadership sets it here. */
export function BudgetCard({ year }: { year: number }) {
  const t = useText();
  const locale = useLocale();
  const canWrite = useCanWrite();
  const announce = useAnnounce();
  const client = useQueryClient();
  const budget = useQuery({ queryKey: ["governance", "mission-budget", year], queryFn: ({ signal }) => missionsApi.budget(year, signal) });
  const [amount, setAmount] = useState("");
  const save = useMutation({
    mutationFn: (version: number) => missionsApi.setBudget(year, { envelopeCents: centsOf(amount), ...(version ? { version } : {}) }),
    onSuccess: () => {
      announce(t("missions.budgetSaved"));
      setAmount("");
      void client.invalidateQueries({ queryKey: ["governance"] });
    },
  });
  return (
    <Card title={t("missions.budget", { year: String(year) })}>
      <QueryView query={budget}>
        {(b) => {
          const pct = (cents: number) => (b.envelopeCents ? Math.min(100, (cents / b.envelopeCents) * 100) : 0);
          return (
            <>
              {b.version === 0 ? (
                <p>{t("missions.budgetNone", { year: String(year) })}</p>
              ) : (
                <>
                  <div className="gov-missions-bar" role="img" aria-label={`${t("missions.committed")} ${euros(b.committedCents, locale)} / ${euros(b.envelopeCents, locale)}`}>
                    <span className="gov-missions-bar-committed" style={{ width: `${pct(b.committedCents)}%` }} />
                    <span className="gov-missions-bar-pending" style={{ width: `${Math.min(100 - pct(b.committedCents), pct(b.pendingCents))}%` }} />
                  </div>
                  <dl className="gov-missions-figures">
                    <dt>{t("missions.envelope")}</dt>
                    <dd>{euros(b.envelopeCents, locale)}</dd>
                    <dt>{t("missions.committed")}</dt>
                    <dd>{euros(b.committedCents, locale)}</dd>
                    <dt>{t("missions.pending")}</dt>
                    <dd>{euros(b.pendingCents, locale)}</dd>
                    <dt>{t("missions.remaining")}</dt>
                    <dd>{euros(b.remainingCents, locale)}</dd>
                  </dl>
                </>
              )}
              {canWrite && (
                <form
                  className="gov-missions-inline"
                  onSubmit={(e) => {
                    e.preventDefault();
                    save.mutate(b.version);
                  }}
                >
                  <TextField label={t("missions.setEnvelope")} value={amount} onChange={setAmount} inputMode="decimal" error={fieldErrorsOf(save.error).envelopeCents} />
                  <Button type="submit" loading={save.isPending}>
                    {t("common.save")}
                  </Button>
                </form>
              )}
            </>
          );
        }}
      </QueryView>
    </Card>
  );
}
