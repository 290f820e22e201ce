import { useQuery } from "@tanstack/react-query";
import { Card, DataTable, PageHeader } from "@orbis/ui/react";
import { api } from "../api/governance";
import { BASE } from "../api/overview";
import { useText, type GovernanceMessageKey } from "../i18n";
import { RecordSection } from "../records/RecordSection";
import { Link } from "../router/Link";
import { useHref } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";
import { meetingFields } from "./commission-fields";
import "./commission.css";

/** The commission's meetings (newest first) and the follow-up actions past their due date. */
export function CommissionPage() {
  const t = useText();
  const href = useHref();
  const overdue = useQuery({ queryKey: ["governance", "/actions", "overdue"], queryFn: ({ signal }) => api.actions.list({ overdue: "true", limit: 200 }, signal) });
  return (
    <>
      <PageHeader title={t("commission.title")} description={t("commission.intro")} />
      <div className="gov-stack">
        <Card
          title={t("commission.overdue")}
          actions={
            <span className="gov-row-actions">
              <a href={`${BASE}/actions/export?overdue=true&format=csv`} download>
                {t("commission.exportCsv")}
              </a>
              <a href={`${BASE}/actions/export?overdue=true&format=xlsx`} download>
                {t("commission.exportXlsx")}
              </a>
            </span>
          }
        >
          <QueryView query={overdue}>
            {(data) => (
              <DataTable
                caption={t("commission.overdue")}
                captionHidden
                rows={data.items}
                rowKey={(a) => a.id}
                empty={t("common.emptyList")}
                columns={[
                  { key: "title", header: t("commission.field.title"), rowHeader: true, render: (a) => <Link href={href("meeting", { id: a.meetingId })}>{a.title}</Link> },
                  { key: "owner", header: t("commission.field.owner") },
                  { key: "dueOn", header: t("commission.field.dueOn"), render: (a) => <span className="gov-overdue">{a.dueOn}</span> },
                  { key: "status", header: t("commission.field.status"), render: (a) => t(`commission.action.${a.status}` as GovernanceMessageKey) },
                ]}
              />
            )}
          </QueryView>
        </Card>
        <RecordSection
          title="commission.meetings"
          api={api.meetings}
          fields={meetingFields}
          columns={[
            { key: "title", header: t("commission.field.title"), rowHeader: true, render: (m) => <Link href={href("meeting", { id: m.id })}>{String(m.title)}</Link> },
            { key: "heldOn", header: t("commission.field.heldOn") },
            { key: "location", header: t("commission.field.location") },
            { key: "status", header: t("commission.field.status"), render: (m) => t(`commission.status.${String(m.status)}` as GovernanceMessageKey) },
          ]}
        />
      </div>
    </>
  );
}
