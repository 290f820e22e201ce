import { useMutation, useQuery } from "@tanstack/react-query";
import type { AidAward } from "@orbis/contracts/outgoing";
import { Button, Dialog, LoadingState, useLocale, problemMessage, ProblemAlert } from "@orbis/ui/react";
import { awardsApi } from "../api/funding";
import { useText } from "../i18n";
import { formatEuros } from "../shared/format";

/** The aids of the mobility's year, each with its eligibility explained, and a button to award the eligible ones. */
export function AwardDialog({ mobilityId, onClose, onAwarded }: { mobilityId: string; onClose: () => void; onAwarded: (award: AidAward) => void }) {
  const t = useText();
  const locale = useLocale();
  const eligibility = useQuery({ queryKey: ["aid-eligibility", mobilityId], queryFn: ({ signal }) => awardsApi.eligibility(mobilityId, signal) });
  const award = useMutation({ mutationFn: (aidId: string) => awardsApi.award(mobilityId, aidId), onSuccess: onAwarded });
  return (
    <Dialog open size="lg" onClose={onClose} title={t("funding.award")} footer={<Button variant="secondary" onClick={onClose}>{t("common.cancel")}</Button>}>
      <ProblemAlert error={award.error} />
      {eligibility.isPending ? (
        <LoadingState label={t("common.loading")} />
      ) : eligibility.isError ? (
        <p>{problemMessage(t, eligibility.error)}</p>
      ) : eligibility.data.length === 0 ? (
        <p>{t("funding.noAid")}</p>
      ) : (
        <ul className="outgoing-eligibility">
          {eligibility.data.map((item) => (
            <li key={item.aidId}>
              <h3>{item.aidName}</h3>
              <p>{item.eligible ? t("funding.eligible", { amount: formatEuros(item.amountCents, locale), months: item.fundedMonths }) : t("funding.notEligible")}</p>
              <ul>
                {item.checks.map((check) => (
                  <li key={check.rule}>
                    <span aria-hidden="true">{check.passed ? "✓ " : "✗ "}</span>
                    <span className="o-visually-hidden">{check.passed ? t("common.yes") : t("common.no")} — </span>
                    {check.detail}
                  </li>
                ))}
              </ul>
              {item.eligible && (
                <Button size="sm" onClick={() => award.mutate(item.aidId)} loading={award.isPending && award.variables === item.aidId}>
                  {t("funding.awardThis", { name: item.aidName })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
