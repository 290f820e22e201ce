import { Alert, formatEuros, useLocale } from "@orbis/ui/react";
import type { ProjectBudget } from "@orbis/contracts/erasmus";
import { useText } from "../i18n";

const MEASURES = ["allocated", "committed", "paid", "forecast"] as const;

/** Per category, allocated / committed / paid / forecast as horizontal bars, with the figures as text and overspend alerts. */
export function BudgetChart({ budget }: { budget: ProjectBudget }) {
  const t = useText();
  const locale = useLocale();
  const max = Math.max(1, ...budget.lines.flatMap((l) => [l.allocatedCents, l.committedCents, l.paidCents, l.forecastCents]));
  return (
    <section className="erasmus-budget" aria-labelledby="erasmus-budget-title">
      <h2 id="erasmus-budget-title">{t("budget.title")}</h2>
      <p>{t("budget.participants", { count: budget.participants, incomplete: budget.incomplete })}</p>
      {budget.alerts.map((a) => (
        <Alert key={a.category} tone="warning">
          {t("budget.alert", { category: t(`category.${a.category}`), amount: formatEuros(a.overByCents, locale) })}
        </Alert>
      ))}
      <dl className="erasmus-budget__chart">
        {budget.lines.map((line) => (
          <div key={line.category} className={line.overspent ? "erasmus-budget__line erasmus-budget__line--over" : "erasmus-budget__line"}>
            <dt>{t(`category.${line.category}`)}</dt>
            {MEASURES.map((m) => {
              const cents = line[`${m}Cents`];
              return (
                <dd key={m} className={`erasmus-budget__bar erasmus-budget__bar--${m}`}>
                  <span className="erasmus-budget__label">
                    {t(`budget.${m}`)} : {formatEuros(cents, locale)}
                  </span>
                  <span className="erasmus-budget__track" aria-hidden="true">
                    <span className="erasmus-budget__fill" style={{ width: `${(100 * cents) / max}%` }} />
                  </span>
                </dd>
              );
            })}
          </div>
        ))}
      </dl>
    </section>
  );
}
