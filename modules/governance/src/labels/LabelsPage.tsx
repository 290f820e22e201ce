import { useQuery } from "@tanstack/react-query";
import { Badge, PageHeader } from "@orbis/ui/react";
import { api } from "../api/governance";
import { useText, type GovernanceMessageKey } from "../i18n";
import { RecordSection } from "../records/RecordSection";
import { Link } from "../router/Link";
import { useHref } from "../shared/governance-context";
import { labelFields } from "./label-fields";
import "./labels.css";

/** The university's quality labels; those whose renewal window is open are flagged. */
export function LabelsPage() {
  const t = useText();
  const href = useHref();
  const due = useQuery({ queryKey: ["governance", "/labels", "renewalDue"], queryFn: ({ signal }) => api.labels.list({ renewalDue: "true", limit: 200 }, signal) });
  const dueIds = new Set((due.data?.items ?? []).map((l) => l.id));
  return (
    <>
      <PageHeader title={t("labels.title")} description={t("labels.intro")} />
      <RecordSection
        title="labels.list"
        api={api.labels}
        fields={labelFields}
        columns={[
          { key: "name", header: t("labels.field.name"), rowHeader: true, render: (l) => <Link href={href("label", { id: l.id })}>{String(l.name)}</Link> },
          { key: "issuer", header: t("labels.field.issuer") },
          { key: "status", header: t("labels.field.status"), render: (l) => t(`labels.status.${String(l.status)}` as GovernanceMessageKey) },
          {
            key: "expiresOn",
            header: t("labels.field.expiresOn"),
            render: (l) => (
              <>
                {String(l.expiresOn ?? "—")} {dueIds.has(l.id) && <Badge tone="warning">{t("labels.renewalDue")}</Badge>}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
