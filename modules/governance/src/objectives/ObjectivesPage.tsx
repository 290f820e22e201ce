import { INDICATORS, type IndicatorKey } from "@orbis/contracts/governance";
import { Badge, PageHeader, useLocale } from "@orbis/ui/react";
import { api } from "../api/governance";
import { useText, type GovernanceMessageKey } from "../i18n";
import { RecordSection } from "../records/RecordSection";
import { Link } from "../router/Link";
import { useHref } from "../shared/governance-context";
import { objectiveFields } from "./objective-fields";
import "./objectives.css";

/** The policy's objectives, by axis; each opens its targets and progress. */
export function ObjectivesPage() {
  const t = useText();
  const href = useHref();
  const locale = useLocale();
  return (
    <>
      <PageHeader title={t("objectives.title")} description={t("objectives.intro")} />
      <RecordSection
        title="objectives.list"
        api={api.objectives}
        fields={objectiveFields(locale)}
        columns={[
          { key: "title", header: t("objectives.field.title"), rowHeader: true, render: (o) => <Link href={href("objective", { id: o.id })}>{String(o.title)}</Link> },
          { key: "axis", header: t("objectives.field.axis") },
          { key: "indicatorKey", header: t("objectives.field.indicatorKey"), render: (o) => INDICATORS[o.indicatorKey as IndicatorKey].label[locale] },
          { key: "years", header: t("objectives.field.year"), render: (o) => `${String(o.startYear)}–${String(o.endYear)}` },
          { key: "status", header: t("objectives.field.status"), render: (o) => <Badge>{t(`objectives.status.${String(o.status)}` as GovernanceMessageKey)}</Badge> },
        ]}
      />
    </>
  );
}
