import type { ReactNode } from "react";
import { classNames } from "../core/class-names";
import type { BadgeTone, Tone } from "../core/types";
import { Button } from "./Button";
import { useUiText } from "./locale";

export interface AlertProps {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  /** Shows a close button. */
  onDismiss?: () => void;
  className?: string;
}

/** Errors interrupt (role=alert, assertive); other tones are announced politely (role=status). */
export function Alert({ tone = "info", title, children, onDismiss, className }: AlertProps) {
  const text = useUiText();
  const urgent = tone === "error";
  return (
    <div
      className={classNames("o-alert", `o-alert--${tone}`, className)}
      role={urgent ? "alert" : "status"}
      aria-live={urgent ? "assertive" : "polite"}
      aria-atomic="true"
    >
      <div className="o-alert__body">
        {title && <p className="o-alert__title">{title}</p>}
        {children && <div className="o-alert__content">{children}</div>}
      </div>
      {onDismiss && (
        <button type="button" className="o-alert__dismiss" onClick={onDismiss} aria-label={text("dismiss")}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}

export interface BadgeProps {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}

export function Badge({ tone = "neutral", children, className }: BadgeProps) {
  return <span className={classNames("o-badge", `o-badge--${tone}`, className)}>{children}</span>;
}

export interface SpinnerProps {
  /** Announced text (default "Chargement…"). */
  label?: string;
  size?: "md" | "lg";
}

/** A spinner announced as a status; its label is for screen readers only. */
export function Spinner({ label, size = "md" }: SpinnerProps) {
  const text = useUiText();
  return (
    <span className={classNames("o-spinner", size === "lg" && "o-spinner--lg")} role="status">
      <span className="o-spinner__circle" aria-hidden="true" />
      <span className="o-visually-hidden">{label ?? text("loading")}</span>
    </span>
  );
}

export interface LoadingStateProps {
  label?: string;
  className?: string;
}

/** A busy region with a visible, announced label, for a page or a panel whose data is loading. */
export function LoadingState({ label, className }: LoadingStateProps) {
  const text = useUiText();
  return (
    <div className={classNames("o-loading", className)} aria-busy="true">
      <span className="o-spinner o-spinner--lg" aria-hidden="true">
        <span className="o-spinner__circle" />
      </span>
      <span role="status">{label ?? text("loading")}</span>
    </div>
  );
}

export interface ErrorPanelProps {
  title?: string;
  message: string;
  /** Shows a retry button. */
  onRetry?: () => void;
  retryLabel?: string;
  className?: string;
}

export function ErrorPanel({ title, message, onRetry, retryLabel, className }: ErrorPanelProps) {
  const text = useUiText();
  return (
    <div className={classNames("o-panel", "o-panel--error", className)} role="alert">
      <h2 className="o-panel__title">{title ?? text("errorTitle")}</h2>
      <p className="o-panel__message">{message}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          {retryLabel ?? text("retry")}
        </Button>
      )}
    </div>
  );
}

export interface EmptyStateProps {
  title: string;
  message?: string;
  /** An action, e.g. a "Create" button. */
  children?: ReactNode;
  className?: string;
}

export function EmptyState({ title, message, children, className }: EmptyStateProps) {
  return (
    <div className={classNames("o-empty", className)}>
      <p className="o-empty__title">{title}</p>
      {message && <p className="o-empty__message">{message}</p>}
      {children}
    </div>
  );
}
