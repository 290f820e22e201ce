import type { Role } from "@orbis/contracts/common";
import { Badge } from "@orbis/ui/react";
import { useText } from "../i18n";
import { roleLabel } from "./labels";

/** Roles as a list of badges (a list, so screen readers announce how many). */
export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const t = useText();
  if (roles.length === 0) return <span className="admin-muted">{t("common.none")}</span>;
  return (
    <ul className="admin-badges">
      {roles.map((role) => (
        <li key={role}>
          <Badge tone={role === "admin" ? "warning" : "info"}>{roleLabel(t, role)}</Badge>
        </li>
      ))}
    </ul>
  );
}
