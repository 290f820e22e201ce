import type { Call } from "@orbis/contracts/outgoing";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { useHref, useIsStaff, useOutgoingContext } from "../shared/outgoing-context";

/** Links to the steps of a call: applications, import, rankings (a coordinator: their departments), allocation, nominations. */
export function CallSteps({ call }: { call: Call }) {
  const t = useText();
  const href = useHref();
  const staff = useIsStaff();
  const { user } = useOutgoingContext();
  const params = { id: call.id };
  return (
    <nav aria-label={t("call.links")}>
      <ul className="outgoing-steps">
        <li><Link href={href("applications", params)}>{t("applications.title")}</Link></li>
        {staff && <li><Link href={href("applicationImport", params)}>{t("applications.import")}</Link></li>}
        {user.departments.map((department) => (
          <li key={department}><Link href={href("ranking", { id: call.id, department })}>{t("ranking.title", { department })}</Link></li>
        ))}
        {staff && <li><Link href={href("allocation", params)}>{t("allocation.title")}</Link></li>}
        {staff && <li><Link href={href("nominations", params)}>{t("nominations.title")}</Link></li>}
      </ul>
    </nav>
  );
}
