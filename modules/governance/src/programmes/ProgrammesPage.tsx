import { useQuery } from "@tanstack/react-query";
import { Badge, Card, EmptyState, PageHeader, useLocale } from "@orbis/ui/react";
import { programmesApi } from "../api/areas-b";
import { useText } from "../i18n";
import { euros } from "../missions/format";
import { QueryView } from "../shared/QueryView";
import "./programmes.css";

/** Strategic programmes with their renewal flag, milestones, funding per year (bars) and participants. */
export function ProgrammesPage() {
  const t = useText();
  const locale = useLocale();
  const list = useQuery({ queryKey: ["governance", "programmes"], queryFn: ({ signal }) => programmesApi.list(signal) });
  return (
    <>
      <PageHeader title={t("programmes.title")} description={t("programmes.intro")} />
      <QueryView query={list}>
        {(programmes) =>
          programmes.length === 0 ? (
            <EmptyState title={t("programmes.empty")} />
          ) : (
            <div className="gov-programmes-list">
              {programmes.map((p) => {
                const max = Math.max(1, ...p.funding.map((f) => f.amountCents));
                return (
                  <Card key={p.id} title={p.name}>
                    {p.renewalDue && <Badge tone="warning">{t("programmes.renewalDue")}</Badge>}
                    <dl className="gov-programmes-facts">
                      <dt>{t("programmes.partners")}</dt>
                      <dd>{p.partnerNames.join(", ")}</dd>
                      <dt>{t("programmes.period")}</dt>
                      <dd>{`${p.startDate} → ${p.endDate}`}</dd>
                      <dt>{t("programmes.funding")}</dt>
                      <dd>{euros(p.fundingTotalCents, locale)}</dd>
                    </dl>
                    <h3>{t("programmes.milestones")}</h3>
                    <ul>
                      {p.milestones.map((m, i) => (
                        <li key={i}>{`${m.dueDate} — ${m.label}${m.done ? ` (${t("programmes.done")})` : ""}`}</li>
                      ))}
                    </ul>
                    <h3>{t("programmes.fundingByYear")}</h3>
                    <ul className="gov-programmes-bars">
                      {p.funding.map((f) => (
                        <li key={`${f.year}-${f.funder}`}>
                          <span className="gov-programmes-year">{f.year}</span>
                          <span className="gov-programmes-bar" style={{ width: `${(f.amountCents / max) * 60}%` }} aria-hidden="true" />
                          <span>{euros(f.amountCents, locale)}</span>
                        </li>
                      ))}
                    </ul>
                    <h3>{t("programmes.participants")}</h3>
                    <ul>
                      {p.participants.map((x, i) => (
                        <li key={i}>{`${x.name} — ${x.role} (${x.institution})`}</li>
                      ))}
                    </ul>
                  </Card>
                );
              })}
            </div>
          )
        }
      </QueryView>
    </>
  );
}
