import type { ButtonHTMLAttributes } from "react";
import { classNames } from "../core/class-names";
import type { ButtonSize, ButtonVariant } from "../core/types";
import { useUiText } from "./locale";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, sets aria-busy and blocks clicks while an action runs. */
  loading?: boolean;
  /** Screen-reader text while loading (default "Chargement…"). */
  loadingLabel?: string;
}

export function Button({
  variant = "primary",
  size = "md",
  loading = false,
  loadingLabel,
  type = "button",
  disabled,
  className,
  children,
  ...rest
}: ButtonProps) {
  const text = useUiText();
  return (
    <button
      {...rest}
      type={type}
      className={classNames("o-btn", `o-btn--${variant}`, size === "sm" && "o-btn--sm", loading && "is-loading", className)}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
    >
      {loading && (
        <span className="o-spinner" aria-hidden="true">
          <span className="o-spinner__circle" />
        </span>
      )}
      {children}
      {loading && <span className="o-visually-hidden">{loadingLabel ?? text("loading")}</span>}
    </button>
  );
}
