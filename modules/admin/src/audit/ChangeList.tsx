import type { FieldChange } from "./audit-diff";
import { auditFieldLabel, formatAuditValue } from "./format-value";
import { useText } from "../i18n";

/** Changed fields as "Rôles : ajouté : Analyste", "Nom : Alice → Alicia"; a creation lists the values it set. */
export function ChangeList({ changes }: { changes: readonly FieldChange[] }) {
  const t = useText();
  if (changes.length === 0) return <span className="admin-muted">{t("audit.noChange")}</span>;
  return (
    <ul className="admin-changes">
      {changes.map((change) => {
        const format = (value: unknown) => formatAuditValue(t, change.field, value);
        return (
          <li key={change.field}>
            <span className="admin-changes__field">{auditFieldLabel(t, change.field)}</span>
            {t("audit.colon")}
            {change.added || change.removed ? (
              <ListDelta added={change.added ?? []} removed={change.removed ?? []} format={format} />
            ) : change.before === undefined ? (
              <span className="admin-changes__after">{format(change.after)}</span>
            ) : (
              <>
                <span className="admin-changes__before">{format(change.before)}</span>
                <span aria-hidden="true"> → </span>
                <span className="o-visually-hidden"> {t("audit.becomes")} </span>
                <span className="admin-changes__after">{format(change.after)}</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function ListDelta({ added, removed, format }: { added: unknown[]; removed: unknown[]; format: (value: unknown) => string }) {
  const t = useText();
  const parts = [
    ...(added.length ? [t("audit.added", { values: format(added) })] : []),
    ...(removed.length ? [t("audit.removed", { values: format(removed) })] : []),
  ];
  return <span className="admin-changes__after">{parts.join(t("audit.separator"))}</span>;
}
