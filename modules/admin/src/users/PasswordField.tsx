import { useId, useState } from "react";
import { Button, Checkbox, TextField } from "@orbis/ui/react";
import { useText } from "../i18n";
import { generatePassword } from "./generate-password";

export interface PasswordFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A new-password input with "show" and "generate" (a generated password is shown, for the admin to hand over). */
export function PasswordField({ label, hint, value, onChange, error }: PasswordFieldProps) {
  const t = useText();
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <div className="admin-password">
      <TextField
        id={`${id}-input`}
        label={label}
        hint={hint}
        value={value}
        onChange={onChange}
        error={error}
        type={visible ? "text" : "password"}
        autoComplete="new-password"
        spellCheck={false}
        autoCapitalize="off"
      />
      <div className="admin-password__tools">
        <Checkbox label={t("field.showPassword")} checked={visible} onChange={setVisible} />
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            onChange(generatePassword());
            setVisible(true);
          }}
        >
          {t("user.generatePassword")}
        </Button>
      </div>
    </div>
  );
}
