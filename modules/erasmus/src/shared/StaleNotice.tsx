import { isStaleVersion } from "@orbis/contracts/problems";
import { Alert, Button } from "@orbis/ui/react";
import { useText } from "../i18n";

/** Someone else changed the record meanwhile: say so and offer to reload it. */
export function StaleNotice({ error, onReload }: { error: unknown; onReload: () => void }) {
  const t = useText();
  if (!isStaleVersion(error)) return null;
  return (
    <Alert tone="warning" title={t("conflict.record")}>
      <p>{t("conflict.text")}</p>
      <Button variant="secondary" onClick={onReload}>
        {t("conflict.reload")}
      </Button>
    </Alert>
  );
}
