import { useLocale } from "@orbis/ui/react";
import type { Aid } from "@orbis/contracts/outgoing";
import { useText } from "../i18n";
import { formatEuros } from "../shared/format";

/** How much of an aid's budget is committed: a meter with the figures spelled out next to it. */
export function BudgetBar({ aid }: { aid: Aid }) {
  const t = useText();
  const locale = useLocale();
  const share = aid.budgetCents > 0 ? Math.min(100, Math.round((aid.committedCents / aid.budgetCents) * 1000) / 10) : 100;
  const figures = t("aids.consumed", {
    committed: formatEuros(aid.committedCents, locale),
    budget: formatEuros(aid.budgetCents, locale),
    remaining: formatEuros(aid.remainingCents, locale),
  });
  return (
    <div className="outgoing-budget">
      <div
        className="outgoing-budget__bar"
        role="meter"
        aria-label={`${t("aids.consumption")} — ${aid.name}`}
        aria-valuemin={0}
        aria-valuemax={aid.budgetCents}
        aria-valuenow={aid.committedCents}
        aria-valuetext={figures}
      >
        <span className={share >= 90 ? "outgoing-budget__fill outgoing-budget__fill--high" : "outgoing-budget__fill"} style={{ width: `${share}%` }} />
      </div>
      <span className="outgoing-budget__figures">{figures}</span>
    </div>
  );
}
