import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import { Button, Card, useAnnounce, FormAlert } from "@orbis/ui/react";
import { identityApi } from "../api/identity";
import { isStaleVersion } from "../api/problems";
import { useText } from "../i18n";
import { fieldIn, mergeFieldErrors } from "../shared/form-errors";
import { PasswordField } from "./PasswordField";
import type { UserActionCardProps } from "./StatusCard";
import { passwordProblem, type UserFormProblem } from "./user-form";

/** Sets a new password (the service closes the person's sessions). */
export function PasswordCard({ user, onChanged, onStale }: UserActionCardProps) {
  const t = useText();
  const announce = useAnnounce();
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<UserFormProblem | undefined>();
  const [edited, setEdited] = useState(false);

  const reset = useMutation({
    mutationFn: (newPassword: string) => identityApi.updateUser(user.id, { version: user.version, password: newPassword }),
    onSuccess: (updated) => {
      setPassword("");
      announce(t("user.passwordReset", { name: updated.name }));
      onChanged(updated);
    },
    onError: (error) => {
      if (isStaleVersion(error)) onStale();
    },
  });

  const errors = mergeFieldErrors(t, problem ? { password: problem } : {}, reset.error, fieldIn(["password"] as const), edited ? new Set(["password"]) : new Set());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = password === "" ? "validation.required" : passwordProblem(password);
    setProblem(found);
    setEdited(false);
    reset.reset();
    if (!found) reset.mutate(password);
  };

  return (
    <Card title={t("user.passwordTitle")}>
      <p>{t("user.passwordText")}</p>
      <form onSubmit={submit} noValidate className="admin-form">
        <PasswordField
          label={t("field.newPassword")}
          hint={t("field.newPasswordHint")}
          value={password}
          onChange={(value) => {
            setPassword(value);
            setEdited(true);
          }}
          error={errors.fields.password}
        />
        <FormAlert invalid={false} error={reset.error} hasFieldErrors={Object.keys(errors.fields).length > 0} unplaced={errors.unplaced} />
        <Button type="submit" variant="secondary" loading={reset.isPending}>
          {t("user.resetPassword")}
        </Button>
      </form>
    </Card>
  );
}
