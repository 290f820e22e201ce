import { PageHeader } from "@orbis/ui/react";
import { useText } from "../i18n";

/** The team's landing page; each area adds its panel (open calls, late steps, pending validations). */
export function HomePage() {
  const t = useText();
  return (
    <>
      <PageHeader title={t("home.title")} description={t("home.intro")} />
    </>
  );
}
