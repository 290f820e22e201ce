import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, TextField, useAnnounce, FormAlert, focusFirstInvalid } from "@orbis/ui/react";
import { identityApi } from "../api/identity";
import { queryKeys } from "../api/query-keys";
import { useText } from "../i18n";
import { fieldIn, mergeFieldErrors } from "../shared/form-errors";
import { PasswordField } from "./PasswordField";
import { UserFields } from "./UserFields";
import { emptyUserForm, toCreateUser, validateUserForm, type UserField, type UserFormErrors, type UserFormValues } from "./user-form";

const USER_FIELDS: readonly UserField[] = ["email", "name", "department", "roles", "scopes", "password"];

/** The "Nouvel utilisateur" dialog; mounted only while open, so every opening starts from an empty form. */
export function CreateUserDialog({ onClose }: { onClose: () => void }) {
  const t = useText();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [values, setValues] = useState<UserFormValues>(emptyUserForm);
  const [clientErrors, setClientErrors] = useState<UserFormErrors>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());

  const create = useMutation({
    mutationFn: identityApi.createUser,
    onSuccess: async (user) => {
      announce(t("createUser.created", { name: user.name }));
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.users() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit("identity") }),
      ]);
    },
    onError: () => requestAnimationFrame(() => focusFirstInvalid(formRef.current)),
  });

  const errors = mergeFieldErrors(t, clientErrors, create.error, fieldIn(USER_FIELDS), edited);
  const change = (next: UserFormValues, field: UserField) => {
    setValues(next);
    setEdited((previous) => new Set(previous).add(field));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateUserForm(values, { withEmail: true });
    setClientErrors(problems);
    setEdited(new Set());
    create.reset();
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    create.mutate(toCreateUser(values));
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t("createUser.title")}
      size="lg"
      closeOnBackdrop={false}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form={formId} loading={create.isPending}>
            {t("createUser.submit")}
          </Button>
        </>
      }
    >
      <form id={formId} ref={formRef} onSubmit={submit} noValidate className="admin-form">
        <TextField
          label={t("field.email")}
          type="email"
          value={values.email}
          onChange={(v) => change({ ...values, email: v }, "email")}
          error={errors.fields.email}
          required
          autoComplete="off"
          data-autofocus
        />
        <UserFields values={values} onChange={change} errors={errors.fields} />
        <PasswordField
          label={t("field.initialPassword")}
          hint={t("field.initialPasswordHint")}
          value={values.password}
          onChange={(v) => change({ ...values, password: v }, "password")}
          error={errors.fields.password}
        />
        <FormAlert
          invalid={Object.keys(clientErrors).some((field) => !edited.has(field))}
          error={create.error}
          hasFieldErrors={Object.keys(errors.fields).length > 0}
          unplaced={errors.unplaced}
        />
      </form>
    </Dialog>
  );
}
