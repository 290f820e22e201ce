import { Link, PageHeader } from "@orbis/ui/react";
import { useText } from "./i18n";
import { useHref } from "./shared/erasmus-context";

export function NotFoundPage({ path }: { path: string }) {
  const t = useText();
  const href = useHref();
  return (
    <>
      <PageHeader title={t("notFound.title")} />
      <p>{t("notFound.message", { path })}</p>
      <p>
        <Link href={href("home")}>{t("notFound.back")}</Link>
      </p>
    </>
  );
}
