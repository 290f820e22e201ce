import { api } from "../api/governance";
import { useText, type GovernanceMessageKey } from "../i18n";
import { RecordSection } from "../records/RecordSection";
import { DocumentsPanel } from "../shared/DocumentsPanel";
import { useHref } from "../shared/governance-context";
import { RecordHeader } from "../shared/RecordHeader";
import { actionFields, agendaFields, decisionFields, meetingFields } from "./commission-fields";
import "./commission.css";

/** One commission meeting: agenda, documents, decisions and the follow-up actions they created. */
export function MeetingPage({ id }: { id: string }) {
  const t = useText();
  const href = useHref();
  const parent = { meetingId: id };
  return (
    <RecordHeader
      api={api.meetings}
      id={id}
      fields={meetingFields}
      title={(m) => String(m.title)}
      description={(m) => `${String(m.heldOn)} · ${String(m.location)} · ${t(`commission.status.${String(m.status)}` as GovernanceMessageKey)}`}
      back={{ href: href("commission"), label: "commission.back" }}
    >
      {() => (
        <div className="gov-stack">
          <RecordSection
            title="commission.agenda"
            api={api.agendaItems}
            query={parent}
            parent={parent}
            fields={agendaFields}
            columns={[
              { key: "position", header: t("commission.field.position"), rowHeader: true },
              { key: "title", header: t("commission.field.title") },
              { key: "presenter", header: t("commission.field.presenter") },
            ]}
          />
          <DocumentsPanel ownerType="meeting" ownerId={id} />
          <RecordSection
            title="commission.decisions"
            api={api.decisions}
            query={parent}
            parent={parent}
            fields={decisionFields}
            columns={[
              { key: "reference", header: t("commission.field.reference"), rowHeader: true },
              { key: "text", header: t("commission.field.text") },
              { key: "outcome", header: t("commission.field.outcome"), render: (d) => t(`commission.outcome.${String(d.outcome)}` as GovernanceMessageKey) },
            ]}
          />
          <RecordSection
            title="commission.actions"
            api={api.actions}
            query={parent}
            parent={parent}
            fields={actionFields}
            columns={[
              { key: "title", header: t("commission.field.title"), rowHeader: true },
              { key: "owner", header: t("commission.field.owner") },
              { key: "dueOn", header: t("commission.field.dueOn") },
              { key: "status", header: t("commission.field.status"), render: (a) => t(`commission.action.${String(a.status)}` as GovernanceMessageKey) },
            ]}
          />
        </div>
      )}
    </RecordHeader>
  );
}
