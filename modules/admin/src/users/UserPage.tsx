import { useQuery } from "@tanstack/react-query";
import { Badge, ErrorPanel, LoadingState, PageHeader, problemMessage } from "@orbis/ui/react";
import { isNotFound } from "../api/problems";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { useHref } from "../shared/admin-context";
import { UserEditor } from "./UserEditor";
import { userQueryOptions } from "./user-queries";

/**
 * One account: profile and permissions, status, password, history. The heading stays the same element from loading
 * to loaded, so the focus the router puts on it after navigation is not lost when the data arrives.
 */
export function UserPage({ id }: { id: string }) {
  const t = useText();
  const href = useHref();
  const user = useQuery(userQueryOptions(id));
  const missing = user.isError && isNotFound(user.error);

  return (
    <>
      <p className="admin-back">
        <Link href={href({ name: "users" })}>{t("user.back")}</Link>
      </p>
      <PageHeader
        title={user.data?.name ?? t("user.fallbackTitle")}
        {...(user.data ? { description: user.data.email } : {})}
        actions={
          user.data ? <Badge tone={user.data.active ? "success" : "neutral"}>{t(user.data.active ? "status.active" : "status.inactive")}</Badge> : undefined
        }
      />
      {user.isPending ? (
        <LoadingState label={t("user.loading")} />
      ) : user.isError ? (
        <ErrorPanel
          title={t("user.loadError")}
          message={missing ? t("user.notFound") : problemMessage(t, user.error)}
          {...(missing ? {} : { onRetry: () => void user.refetch() })}
        />
      ) : (
        <UserEditor key={id} current={user.data} />
      )}
    </>
  );
}
