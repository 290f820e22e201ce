import { useQuery } from "@tanstack/react-query";
import { Badge, Card, DataTable, PageHeader, useLocale } from "@orbis/ui/react";
import { api, networkApi } from "../api/governance";
import { useText } from "../i18n";
import { RecordSection } from "../records/RecordSection";
import type { FieldSpec } from "../records/fields";
import { Link } from "../router/Link";
import { DocumentsPanel } from "../shared/DocumentsPanel";
import { useHref } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";
import "./network.css";

export const NETWORK_OWNER_ID = "00000000-0000-4000-8000-000000000000";

export const networkMeetingFields: FieldSpec[] = [
  { name: "title", label: "commission.field.title", kind: "text", required: true },
  { name: "heldOn", label: "commission.field.heldOn", kind: "date", required: true },
  { name: "location", label: "commission.field.location", kind: "text" },
  { name: "agenda", label: "network.field.agenda", kind: "textarea" },
  { name: "notes", label: "commission.field.notes", kind: "textarea" },
];

/** Departments and their coordinators (missing ones flagged), the network's meetings and shared documents. */
export function NetworkPage() {
  const t = useText();
  const href = useHref();
  const locale = useLocale();
  const overview = useQuery({ queryKey: ["governance", "/network"], queryFn: ({ signal }) => networkApi.overview(signal) });
  return (
    <>
      <PageHeader title={t("network.title")} description={t("network.intro")} />
      <div className="gov-stack">
        <Card title={t("network.departments")}>
          <QueryView query={overview}>
            {(data) => (
              <>
                {data.missing > 0 && <p role="status">{t("network.missingCount", { count: data.missing })}</p>}
                <DataTable
                  caption={t("network.departments")}
                  captionHidden
                  rows={data.departments}
                  rowKey={(d) => d.code}
                  columns={[
                    { key: "code", header: t("network.department"), rowHeader: true, render: (d) => (locale === "fr" ? d.nameFr : d.nameEn) },
                    {
                      key: "coordinators",
                      header: t("network.coordinators"),
                      render: (d) =>
                        d.missing ? (
                          <Badge tone="warning">{t("network.missing")}</Badge>
                        ) : (
                          d.coordinators.map((c) => (
                            <span key={c.id} className="gov-person">
                              {c.name} <a href={`mailto:${c.email}`}>{c.email}</a>
                            </span>
                          ))
                        ),
                    },
                  ]}
                />
              </>
            )}
          </QueryView>
        </Card>
        <RecordSection
          title="network.meetings"
          api={api.networkMeetings}
          fields={networkMeetingFields}
          columns={[
            { key: "title", header: t("commission.field.title"), rowHeader: true, render: (m) => <Link href={href("networkMeeting", { id: m.id })}>{String(m.title)}</Link> },
            { key: "heldOn", header: t("commission.field.heldOn") },
            { key: "location", header: t("commission.field.location") },
            { key: "attendance", header: t("network.attendance"), render: (m) => String((m.attendance as Array<{ present: boolean }>).filter((a) => a.present).length) },
          ]}
        />
        <DocumentsPanel ownerType="network" ownerId={NETWORK_OWNER_ID} title="network.documents" />
      </div>
    </>
  );
}
