import { DELEGATION_STATUSES } from "@orbis/contracts/governance";
import { PageHeader } from "@orbis/ui/react";
import { api } from "../api/governance";
import { useText, type GovernanceMessageKey } from "../i18n";
import type { FieldSpec } from "../records/fields";
import { RecordSection } from "../records/RecordSection";
import "./delegations.css";

const delegationFields: FieldSpec[] = [
  { name: "direction", label: "delegations.field.direction", kind: "select", required: true, options: ["incoming", "outgoing"], optionPrefix: "delegations.direction." },
  { name: "institution", label: "delegations.field.institution", kind: "text", required: true },
  { name: "countryCode", label: "delegations.field.countryCode", kind: "text", required: true },
  { name: "startsOn", label: "delegations.field.startsOn", kind: "date", required: true },
  { name: "endsOn", label: "delegations.field.endsOn", kind: "date", required: true },
  { name: "status", label: "delegations.field.status", kind: "select", options: DELEGATION_STATUSES, optionPrefix: "delegations.status." },
  { name: "partnerId", label: "delegations.field.partnerId", kind: "text", nullable: true },
  { name: "programme", label: "delegations.field.programme", kind: "textarea" },
  { name: "home", label: "delegations.field.home", kind: "people", side: "home" },
  { name: "guests", label: "delegations.field.guests", kind: "people", side: "guest" },
  { name: "followUp", label: "delegations.field.followUp", kind: "textarea" },
  { name: "agreementIds", label: "delegations.field.agreementIds", kind: "list" },
];

/** Delegations hosted and sent, newest last; the partner and agreements are checked in the agreements registry. */
export function DelegationsPage() {
  const t = useText();
  return (
    <>
      <PageHeader title={t("delegations.title")} description={t("delegations.intro")} />
      <RecordSection
        title="delegations.list"
        api={api.delegations}
        fields={delegationFields}
        columns={[
          { key: "institution", header: t("delegations.field.institution"), rowHeader: true },
          { key: "direction", header: t("delegations.field.direction"), render: (d) => t(`delegations.direction.${String(d.direction)}` as GovernanceMessageKey) },
          { key: "countryCode", header: t("delegations.field.countryCode") },
          { key: "startsOn", header: t("delegations.field.startsOn"), render: (d) => `${String(d.startsOn)} → ${String(d.endsOn)}` },
          { key: "participants", header: t("delegations.participants", { count: "" }).trim(), render: (d) => t("delegations.participants", { count: (d.participants as unknown[]).length }) },
          { key: "status", header: t("delegations.field.status"), render: (d) => t(`delegations.status.${String(d.status)}` as GovernanceMessageKey) },
        ]}
      />
    </>
  );
}
