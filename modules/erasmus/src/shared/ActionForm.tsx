import type { FormEvent, ReactNode } from "react";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { FormAlert } from "@orbis/ui/react";

/** A form that runs one action on submit and shows its failure (field messages go next to the inputs). */
export function ActionForm({ onSubmit, error, labelledBy, children }: { onSubmit: () => void; error: unknown; labelledBy?: string; children: ReactNode }) {
  return (
    <form
      className="erasmus-form"
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <FormAlert invalid={false} error={error} hasFieldErrors={Object.keys(fieldErrorsOf(error)).length > 0} unplaced={[]} />
      {children}
    </form>
  );
}
