/** Moves focus to the first invalid control of a form (after a failed submit), so the error next to it is read. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  const invalid = form?.querySelector<HTMLElement>(".o-field--invalid");
  const control = invalid?.matches("input, select, textarea") ? invalid : invalid?.querySelector<HTMLElement>("input, select, textarea");
  control?.focus();
}
