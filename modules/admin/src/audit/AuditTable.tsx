import type { AuditRecord } from "@orbis/contracts/common";
import { DataTable, useLocale, type DataTableColumn } from "@orbis/ui/react";
import { formatDateTime } from "@orbis/ui/i18n";
import { useText, hasMessage } from "../i18n";
import { Link } from "../router/Link";
import { useHref } from "../shared/admin-context";
import { auditChanges, auditSubject } from "./audit-diff";
import { ChangeList } from "./ChangeList";
import { auditActionLabel } from "./format-value";

export interface AuditTableProps {
  caption: string;
  records: AuditRecord[];
  /** Adds a column naming the changed item (with a link to its page), for the journal across items. */
  withSubject?: boolean;
  busy?: boolean;
}

/** Audit rows: when, who, what kind of change, and a readable before/after of each changed field. */
export function AuditTable({ caption, records, withSubject = false, busy }: AuditTableProps) {
  const t = useText();
  const locale = useLocale();
  const columns: DataTableColumn<AuditRecord>[] = [
    {
      key: "at",
      header: t("column.date"),
      rowHeader: true,
      render: (record) => <time dateTime={record.at}>{formatDateTime(locale, record.at)}</time>,
    },
    { key: "actor", header: t("column.actor"), render: (record) => record.actor },
    { key: "action", header: t("column.action"), render: (record) => auditActionLabel(t, record.action) },
    ...(withSubject ? [{ key: "subject", header: t("column.subject"), render: (record: AuditRecord) => <AuditSubject record={record} /> }] : []),
    {
      key: "changes",
      header: t("column.changes"),
      render: (record) =>
        record.action === "set_password" ? (
          <span>{t("audit.passwordSet")}</span>
        ) : (
          <ChangeList changes={auditChanges(record, record.entity === "module" ? MODULE_NOISE : undefined)} />
        ),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={records} rowKey={(record) => record.id} empty={t("audit.empty")} busy={busy} />;
}

/**
 * The registry audits whole module rows, including the embedded current build (URLs, integrity); the readable part
 * of a version change is `currentVersion`.
 */
const MODULE_NOISE = ["id", "version", "createdAt", "updatedAt", "current", "published"];

function AuditSubject({ record }: { record: AuditRecord }) {
  const t = useText();
  const locale = useLocale();
  const href = useHref();
  const entityKey = `entity.${record.entity}`;
  const kind = hasMessage(entityKey) ? t(entityKey) : record.entity;
  const name = auditSubject(record, locale);
  const target =
    record.entity === "user"
      ? href({ name: "user", id: record.entityId })
      : record.entity === "module"
        ? href({ name: "module", moduleName: record.entityId })
        : record.entity === "department"
          ? href({ name: "departments" })
          : null;
  return (
    <span className="admin-subject">
      <span className="admin-muted">{kind}</span> {target ? <Link href={target}>{name}</Link> : name}
    </span>
  );
}
