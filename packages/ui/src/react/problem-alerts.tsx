import { summarizeProblem, type ProblemKind } from "@orbis/contracts/problems";
import { Alert } from "./feedback";
import { useUiText } from "./locale";

/** Any translator that knows the problem sentences: a module's own `t`, or the kit's built-in texts. */
export type ProblemTranslate = (key: ProblemKind | "problem.detail", params?: { detail: string }) => string;

/** The sentence for a failed call, with the service's detail when it gave one. */
export function problemMessage(t: ProblemTranslate, error: unknown): string {
  const { kind, detail } = summarizeProblem(error);
  return detail ? `${t(kind)} ${t("problem.detail", { detail })}` : t(kind);
}

/** The sentence for a failed call in the current locale, from the kit's built-in texts. */
export function useProblemMessage(): (error: unknown) => string {
  const ui = useUiText();
  return (error) => problemMessage(ui, error);
}

/** An error alert (role=alert) for a failed action; renders nothing without an error. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const ui = useUiText();
  if (!error) return null;
  return (
    <Alert tone="error" title={title ?? ui("problem.title")}>
      <p>{problemMessage(ui, error)}</p>
    </Alert>
  );
}

export interface FormAlertProps {
  /** The form's own checks failed. */
  invalid: boolean;
  /** The last submit's error, if any. */
  error: unknown;
  /** True when the error's field messages are shown next to inputs. */
  hasFieldErrors: boolean;
  /** Field messages the form could not place next to an input. */
  unplaced: string[];
}

/**
 * One alert above a form's buttons: "correct the highlighted fields" when the messages are next to the inputs,
 * otherwise what went wrong. Stale-version conflicts have their own notice, so they are left out here.
 */
export function FormAlert({ invalid, error, hasFieldErrors, unplaced }: FormAlertProps) {
  const ui = useUiText();
  const stale = error !== null && error !== undefined && summarizeProblem(error).kind === "problem.stale";
  if (!invalid && (!error || stale)) return null;
  const onlyFields = invalid || (hasFieldErrors && unplaced.length === 0);
  return (
    <Alert tone="error" title={onlyFields ? ui("fixFields") : ui("problem.title")}>
      {!onlyFields && <p>{problemMessage(ui, error)}</p>}
      {unplaced.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </Alert>
  );
}
