import { Alert } from "@orbis/ui/react";
import { summarizeProblem } from "../api/problems";
import { useText } from "../i18n";
import { problemMessage } from "./ProblemAlert";

export interface FormAlertProps {
  /** The form's own checks failed. */
  invalid: boolean;
  /** The last submit's error, if any. */
  error: unknown;
  /** True when the error's field messages are shown next to inputs. */
  hasFieldErrors: boolean;
  unplaced: string[];
}

/**
 * One alert above a form's buttons: "correct the highlighted fields" when the messages are next to the inputs,
 * otherwise what went wrong. Stale-version conflicts have their own notice, so they are left out here.
 */
export function FormAlert({ invalid, error, hasFieldErrors, unplaced }: FormAlertProps) {
  const t = useText();
  const stale = error !== null && error !== undefined && summarizeProblem(error).kind === "problem.stale";
  if (!invalid && (!error || stale)) return null;
  const onlyFields = invalid || (hasFieldErrors && unplaced.length === 0);
  return (
    <Alert tone="error" title={onlyFields ? t("validation.fixFields") : t("problem.title")}>
      {!onlyFields && <p>{problemMessage(t, error)}</p>}
      {unplaced.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </Alert>
  );
}
