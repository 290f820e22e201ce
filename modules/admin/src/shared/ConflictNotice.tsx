import { Alert, Button, problemMessage } from "@orbis/ui/react";
import type { FieldChange } from "../audit/audit-diff";
import { ChangeList } from "../audit/ChangeList";
import { useText, type AdminMessageKey } from "../i18n";

/** Where an edit stands after a 409 stale_version: waiting for a reload, or reloaded with what the other person changed. */
export type ConflictState = { stage: "stale" } | { stage: "reloaded"; changes: FieldChange[] } | null;

export interface ConflictNoticeProps {
  state: ConflictState;
  /** "Ce compte a été modifié par quelqu'un d'autre" and its siblings for departments and modules. */
  titleKey: Extract<AdminMessageKey, `conflict.${"user" | "department" | "module"}`>;
  onReload: () => void;
  reloading: boolean;
  reloadError?: unknown;
}

export function ConflictNotice({ state, titleKey, onReload, reloading, reloadError }: ConflictNoticeProps) {
  const t = useText();
  if (!state) return null;
  if (state.stage === "stale") {
    return (
      <Alert tone="warning" title={t(titleKey)} className="admin-conflict">
        <p>{t("conflict.text")}</p>
        {reloadError ? <p>{problemMessage(t, reloadError)}</p> : null}
        <Button variant="secondary" onClick={onReload} loading={reloading}>
          {t("conflict.reload")}
        </Button>
      </Alert>
    );
  }
  return (
    <Alert tone="info" title={t("conflict.reloaded")} className="admin-conflict">
      {state.changes.length > 0 ? (
        <>
          <p>{t("conflict.theirChanges")}</p>
          <ChangeList changes={state.changes} />
        </>
      ) : (
        <p>{t("conflict.noVisibleChange")}</p>
      )}
      <p>{t("conflict.keptEdits")}</p>
    </Alert>
  );
}
