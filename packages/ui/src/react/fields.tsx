import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { classNames } from "../core/class-names";
import { describedBy } from "../core/ids";
import type { SelectOption } from "../core/types";
import { useUiText } from "./locale";

interface FieldFrameProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}

function FieldFrame({ id, label, required, hint, error, className, children }: FieldFrameProps) {
  const text = useUiText();
  return (
    <div className={classNames("o-field", error && "o-field--invalid", className)}>
      <label className="o-field__label" htmlFor={id}>
        {label}
        {required && (
          <span className="o-field__required">
            <span aria-hidden="true">*</span>
            <span className="o-visually-hidden">({text("required")})</span>
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p className="o-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="o-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function controlAria(id: string, hint: string | undefined, error: string | undefined) {
  return {
    "aria-describedby": describedBy(hint && `${id}-hint`, error && `${id}-error`),
    "aria-invalid": error ? true : undefined,
  };
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "id"> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  id?: string;
  hint?: string;
  /** Shown under the control, announced with it (aria-describedby) and marks it aria-invalid. */
  error?: string;
  /** Renders a textarea (the native input attributes that a textarea shares are passed on). */
  multiline?: boolean;
  rows?: number;
}

export function TextField({
  label,
  value,
  onChange,
  id,
  hint,
  error,
  multiline,
  rows,
  required,
  className,
  ...rest
}: TextFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const common = {
    id: fieldId,
    className: "o-field__input",
    value,
    required,
    ...controlAria(fieldId, hint, error),
  };
  return (
    <FieldFrame id={fieldId} label={label} required={required} hint={hint} error={error} className={className}>
      {multiline ? (
        <textarea
          {...(rest as TextareaHTMLAttributes<HTMLTextAreaElement>)}
          {...common}
          rows={rows}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input type="text" {...rest} {...common} onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldFrame>
  );
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "onChange" | "value" | "id"> {
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  /** First, empty choice (default "Choisir…"); pass null for none. */
  placeholder?: string | null;
  id?: string;
  hint?: string;
  error?: string;
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  placeholder,
  id,
  hint,
  error,
  required,
  className,
  ...rest
}: SelectFieldProps) {
  const text = useUiText();
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <FieldFrame id={fieldId} label={label} required={required} hint={hint} error={error} className={className}>
      <select
        {...rest}
        id={fieldId}
        className="o-field__select"
        value={value}
        required={required}
        onChange={(event) => onChange(event.target.value)}
        {...controlAria(fieldId, hint, error)}
      >
        {placeholder !== null && <option value="">{placeholder ?? text("selectPlaceholder")}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "checked" | "type"> {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function Checkbox({ label, checked, onChange, hint, id, className, ...rest }: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={classNames("o-checkbox", className)}>
      <input
        {...rest}
        id={inputId}
        type="checkbox"
        className="o-checkbox__input"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={describedBy(hint && `${inputId}-hint`)}
      />
      <span className="o-checkbox__text">
        <label htmlFor={inputId}>{label}</label>
        {hint && (
          <span className="o-field__hint" id={`${inputId}-hint`}>
            {hint}
          </span>
        )}
      </span>
    </div>
  );
}

export interface CheckboxGroupProps {
  legend: string;
  options: SelectOption[];
  value: string[];
  onChange: (value: string[]) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  className?: string;
}

/** Checkboxes in a fieldset whose legend names the group; value holds the checked option values in option order. */
export function CheckboxGroup({ legend, options, value, onChange, hint, error, required, className }: CheckboxGroupProps) {
  const text = useUiText();
  const id = useId();
  const toggle = (optionValue: string, checked: boolean) => {
    const next = new Set(value);
    if (checked) next.add(optionValue);
    else next.delete(optionValue);
    onChange(options.map((option) => option.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset
      className={classNames("o-fieldset", error && "o-field--invalid", className)}
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    >
      <legend className="o-field__legend">
        {legend}
        {required && (
          <span className="o-field__required">
            <span aria-hidden="true">*</span>
            <span className="o-visually-hidden">({text("required")})</span>
          </span>
        )}
      </legend>
      {hint && (
        <p className="o-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {options.map((option) => (
        <Checkbox
          key={option.value}
          label={option.label}
          name={id}
          value={option.value}
          disabled={option.disabled}
          checked={value.includes(option.value)}
          onChange={(checked) => toggle(option.value, checked)}
        />
      ))}
      {error && (
        <p className="o-field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
