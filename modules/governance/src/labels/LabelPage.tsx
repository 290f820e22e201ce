import { api } from "../api/governance";
import { useText, type GovernanceMessageKey } from "../i18n";
import { RecordSection } from "../records/RecordSection";
import { DocumentsPanel } from "../shared/DocumentsPanel";
import { useHref } from "../shared/governance-context";
import { RecordHeader } from "../shared/RecordHeader";
import { auditFields, criterionFields, labelFields } from "./label-fields";
import "./labels.css";

/** One label: its criteria and evidence, its audits, and the documents that prove it. */
export function LabelPage({ id }: { id: string }) {
  const t = useText();
  const href = useHref();
  const parent = { labelId: id };
  return (
    <RecordHeader
      api={api.labels}
      id={id}
      fields={labelFields}
      title={(l) => String(l.name)}
      description={(l) => `${String(l.issuer)} · ${t(`labels.status.${String(l.status)}` as GovernanceMessageKey)} · ${String(l.expiresOn ?? "—")}`}
      back={{ href: href("labels"), label: "labels.back" }}
    >
      {() => (
        <div className="gov-stack">
          <RecordSection
            title="labels.criteria"
            api={api.labelCriteria}
            query={parent}
            parent={parent}
            fields={criterionFields}
            columns={[
              { key: "code", header: t("labels.field.code"), rowHeader: true },
              { key: "text", header: t("labels.field.text") },
              { key: "status", header: t("labels.field.status"), render: (c) => t(`labels.criterion.${String(c.status)}` as GovernanceMessageKey) },
              { key: "evidence", header: t("labels.field.evidence") },
            ]}
          />
          <RecordSection
            title="labels.audits"
            api={api.labelAudits}
            query={parent}
            parent={parent}
            fields={auditFields}
            columns={[
              { key: "auditOn", header: t("labels.field.auditOn"), rowHeader: true },
              { key: "kind", header: t("labels.field.kind"), render: (a) => t(`labels.kind.${String(a.kind)}` as GovernanceMessageKey) },
              { key: "auditor", header: t("labels.field.auditor") },
              { key: "outcome", header: t("labels.field.outcome"), render: (a) => t(`labels.outcome.${String(a.outcome)}` as GovernanceMessageKey) },
            ]}
          />
          <DocumentsPanel ownerType="label" ownerId={id} />
        </div>
      )}
    </RecordHeader>
  );
}
