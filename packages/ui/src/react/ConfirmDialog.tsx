import type { ReactNode } from "react";
import { Button } from "./Button";
import { Dialog } from "./Dialog";
import { useUiText } from "./locale";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The action is running: the confirm button shows a spinner. */
  busy?: boolean;
  /** A destructive action: red confirm button, and Cancel takes the initial focus. */
  danger?: boolean;
  /** Shown under the description, e.g. the error of a failed attempt. */
  children?: ReactNode;
}

export function ConfirmDialog({ open, title, description, confirmLabel, onConfirm, onCancel, busy, danger, children }: ConfirmDialogProps) {
  const ui = useUiText();
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={title}
      description={description}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} data-autofocus={danger ? true : undefined}>
            {ui("cancel")}
          </Button>
          <Button variant={danger ? "danger" : "primary"} onClick={onConfirm} loading={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Dialog>
  );
}
