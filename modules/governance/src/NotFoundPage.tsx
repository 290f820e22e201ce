import { EmptyState, PageHeader } from "@orbis/ui/react";
import { useText } from "./i18n";
import { Link } from "./router/Link";
import { useHref } from "./shared/governance-context";

/** An address under /governance that matches no page: say which, and offer the way home. */
export function NotFoundPage({ path }: { path: string }) {
  const t = useText();
  const home = useHref()("home");
  return (
    <>
      <PageHeader title={t("notFound.title")} />
      <EmptyState title={t("notFound.message", { path })}>
        <Link href={home}>{t("notFound.back")}</Link>
      </EmptyState>
    </>
  );
}
