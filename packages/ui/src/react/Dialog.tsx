import { useEffect, useId, useRef, type ReactNode } from "react";
import { classNames } from "../core/class-names";
import { focusInitial, trapTab } from "../core/focus";
import { useUiText } from "./locale";

export interface DialogProps {
  open: boolean;
  /** Called on Escape, the close button and (unless closeOnBackdrop is false) a click on the backdrop. */
  onClose: () => void;
  title: string;
  description?: string;
  children?: ReactNode;
  /** Buttons at the bottom. */
  footer?: ReactNode;
  size?: "md" | "lg";
  closeOnBackdrop?: boolean;
  className?: string;
}

/**
 * A modal dialog rendered in place (so module-scoped styles still apply): focus moves in on open (to the element
 * marked data-autofocus, else the first focusable one), Tab cycles inside, Escape closes, and focus returns to the
 * element that had it before.
 */
export function Dialog({ open, onClose, title, description, children, footer, size = "md", closeOnBackdrop = true, className }: DialogProps) {
  const text = useUiText();
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    if (!open) return;
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previouslyFocused = dialog.ownerDocument.activeElement as HTMLElement | null;
    focusInitial(dialog);
    return () => {
      if (previouslyFocused?.isConnected) previouslyFocused.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <div
      className="o-dialog-backdrop"
      onMouseDown={(event) => {
        if (closeOnBackdrop && event.target === event.currentTarget) onCloseRef.current();
      }}
    >
      <div
        ref={dialogRef}
        className={classNames("o-dialog", size === "lg" && "o-dialog--lg", className)}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={description ? `${id}-description` : undefined}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.stopPropagation();
            onCloseRef.current();
          } else {
            trapTab(event.nativeEvent, event.currentTarget);
          }
        }}
      >
        <div className="o-dialog__header">
          <h2 className="o-dialog__title" id={`${id}-title`}>
            {title}
          </h2>
          <button type="button" className="o-dialog__close" onClick={() => onCloseRef.current()} aria-label={text("close")}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div className="o-dialog__body">
          {description && <p id={`${id}-description`}>{description}</p>}
          {children}
        </div>
        {footer && <div className="o-dialog__footer">{footer}</div>}
      </div>
    </div>
  );
}
