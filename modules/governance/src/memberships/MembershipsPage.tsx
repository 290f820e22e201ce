import { PageHeader } from "@orbis/ui/react";
import { api } from "../api/governance";
import { useText, type GovernanceMessageKey } from "../i18n";
import { membershipFields } from "../labels/label-fields";
import { RecordSection } from "../records/RecordSection";
import { Link } from "../router/Link";
import { useHref } from "../shared/governance-context";
import "./memberships.css";

/** The networks, alliances and associations the university belongs to. */
export function MembershipsPage() {
  const t = useText();
  const href = useHref();
  return (
    <>
      <PageHeader title={t("memberships.title")} description={t("memberships.intro")} />
      <RecordSection
        title="memberships.list"
        api={api.memberships}
        fields={membershipFields}
        columns={[
          { key: "name", header: t("memberships.field.name"), rowHeader: true, render: (m) => <Link href={href("membership", { id: m.id })}>{String(m.name)}</Link> },
          { key: "kind", header: t("memberships.field.kind"), render: (m) => t(`memberships.kind.${String(m.kind)}` as GovernanceMessageKey) },
          { key: "renewalOn", header: t("memberships.field.renewalOn") },
          { key: "status", header: t("memberships.field.status"), render: (m) => t(`memberships.status.${String(m.status)}` as GovernanceMessageKey) },
        ]}
      />
    </>
  );
}
