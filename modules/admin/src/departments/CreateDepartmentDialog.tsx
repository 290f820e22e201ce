import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, useAnnounce, FormAlert, focusFirstInvalid } from "@orbis/ui/react";
import { identityApi } from "../api/identity";
import { queryKeys } from "../api/query-keys";
import { useText } from "../i18n";
import { fieldIn, mergeFieldErrors } from "../shared/form-errors";
import { DepartmentFields } from "./DepartmentFields";
import {
  emptyDepartmentForm,
  toCreateDepartment,
  validateDepartmentForm,
  type DepartmentField,
  type DepartmentFormErrors,
  type DepartmentFormValues,
} from "./department-form";

const FIELDS: readonly DepartmentField[] = ["code", "nameFr", "nameEn"];

export function CreateDepartmentDialog({ onClose }: { onClose: () => void }) {
  const t = useText();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [values, setValues] = useState<DepartmentFormValues>(emptyDepartmentForm);
  const [clientErrors, setClientErrors] = useState<DepartmentFormErrors>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());

  const create = useMutation({
    mutationFn: identityApi.createDepartment,
    onSuccess: async (department) => {
      announce(t("createDepartment.created", { code: department.code }));
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.departments() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit("identity") }),
      ]);
    },
    onError: () => requestAnimationFrame(() => focusFirstInvalid(formRef.current)),
  });

  const errors = mergeFieldErrors(t, clientErrors, create.error, fieldIn(FIELDS), edited);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateDepartmentForm(values, { withCode: true });
    setClientErrors(problems);
    setEdited(new Set());
    create.reset();
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    create.mutate(toCreateDepartment(values));
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t("createDepartment.title")}
      closeOnBackdrop={false}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form={formId} loading={create.isPending}>
            {t("createDepartment.submit")}
          </Button>
        </>
      }
    >
      <form id={formId} ref={formRef} onSubmit={submit} noValidate className="admin-form">
        <DepartmentFields
          values={values}
          onChange={(next, field) => {
            setValues(next);
            setEdited((previous) => new Set(previous).add(field));
          }}
          errors={errors.fields}
          withCode
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
