import { useQuery } from "@tanstack/react-query";
import { INDICATORS, type IndicatorKey } from "@orbis/contracts/governance";
import { Card, useLocale } from "@orbis/ui/react";
import { api, indicatorsApi } from "../api/governance";
import { useText } from "../i18n";
import { RecordSection } from "../records/RecordSection";
import { useHref } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";
import { RecordHeader } from "../shared/RecordHeader";
import { objectiveFields, targetFields, valueFields } from "./objective-fields";
import { ProgressChart } from "./ProgressChart";
import "./objectives.css";

/** One objective: its progress per year against the targets, the targets, and the figures entered by hand. */
export function ObjectivePage({ id }: { id: string }) {
  const t = useText();
  const href = useHref();
  const locale = useLocale();
  const progress = useQuery({ queryKey: ["governance", "/objectives", id, "progress"], queryFn: ({ signal }) => indicatorsApi.progress(id, signal) });
  return (
    <RecordHeader
      api={api.objectives}
      id={id}
      fields={objectiveFields(locale)}
      title={(o) => String(o.title)}
      description={(o) => `${INDICATORS[o.indicatorKey as IndicatorKey].label[locale]} · ${String(o.startYear)}–${String(o.endYear)}`}
      back={{ href: href("objectives"), label: "objectives.back" }}
    >
      {() => (
        <div className="gov-stack">
          <Card title={t("objectives.progress")}>
            <QueryView query={progress}>{(data) => <ProgressChart years={data.years} />}</QueryView>
          </Card>
          <RecordSection
            title="objectives.targets"
            api={api.objectiveTargets}
            query={{ objectiveId: id }}
            parent={{ objectiveId: id }}
            fields={targetFields}
            columns={[
              { key: "year", header: t("objectives.field.year"), rowHeader: true },
              { key: "target", header: t("objectives.field.target"), align: "end" },
            ]}
          />
          <RecordSection
            title="objectives.values"
            api={api.objectiveValues}
            query={{ objectiveId: id }}
            parent={{ objectiveId: id }}
            fields={valueFields}
            columns={[
              { key: "year", header: t("objectives.field.year"), rowHeader: true },
              { key: "value", header: t("objectives.field.value"), align: "end" },
              { key: "source", header: t("objectives.field.source") },
              { key: "measuredOn", header: t("objectives.field.measuredOn") },
            ]}
          />
        </div>
      )}
    </RecordHeader>
  );
}
