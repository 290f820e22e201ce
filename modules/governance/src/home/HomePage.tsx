import { useQuery } from "@tanstack/react-query";
import { Badge, Card, EmptyState, PageHeader } from "@orbis/ui/react";
import { overviewApi } from "../api/overview";
import { hasMessage, useText } from "../i18n";
import { ROUTES, type RouteName } from "../router/routes";
import { Link } from "../router/Link";
import { useHref } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";

/** Landing page: one card per area with its records and what needs attention (overdue, renewals due). */
export function HomePage() {
  const t = useText();
  const href = useHref();
  const overview = useQuery({ queryKey: ["governance", "overview"], queryFn: ({ signal }) => overviewApi.get(signal) });
  return (
    <>
      <PageHeader title={t("home.title")} description={t("home.intro")} />
      <QueryView query={overview}>
        {(data) => {
          const areas = Object.keys(data.counts);
          if (!areas.length) return <EmptyState title={t("home.empty")} />;
          return (
            <section aria-label={t("home.figures")} className="gov-home-grid">
              {areas.map((area) => {
                const label = `nav.${area}`;
                const title = hasMessage(label) ? t(label) : area;
                const alerts = data.alerts[area] ?? 0;
                return (
                  <Card key={area} title={title}>
                    <p>{t("home.records", { count: data.counts[area] ?? 0 })}</p>
                    {alerts > 0 && <Badge tone="warning">{t("home.alerts", { count: alerts })}</Badge>}
                    {area in ROUTES && (
                      <p>
                        <Link href={href(area as RouteName)}>{title}</Link>
                      </p>
                    )}
                  </Card>
                );
              })}
            </section>
          );
        }}
      </QueryView>
    </>
  );
}
