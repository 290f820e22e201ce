import { Alert } from "@orbis/ui/react";
import { summarizeProblem } from "../api/problems";
import { useText, type Translate } from "../i18n";

/** The sentence for a failed call, with the service's detail when it gave one. */
export function problemMessage(t: Translate, error: unknown): string {
  const { kind, detail } = summarizeProblem(error);
  return detail ? `${t(kind)} ${t("problem.detail", { detail })}` : t(kind);
}

/** An error alert (role=alert) for a failed action; renders nothing without an error. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const t = useText();
  if (!error) return null;
  return (
    <Alert tone="error" title={title ?? t("problem.title")}>
      <p>{problemMessage(t, error)}</p>
    </Alert>
  );
}
