import { useId, useRef, useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Dialog, useAnnounce, FormAlert, focusFirstInvalid } from "@orbis/ui/react";
import { identityApi } from "../api/identity";
import { isStaleVersion } from "../api/problems";
import { queryKeys } from "../api/query-keys";
import type { DepartmentRecord } from "../api/schemas";
import { diffRecords } from "../audit/audit-diff";
import { useText } from "../i18n";
import { ConflictNotice, type ConflictState } from "../shared/ConflictNotice";
import { fieldIn, mergeFieldErrors } from "../shared/form-errors";
import { rebaseForm } from "../shared/rebase-form";
import { DepartmentFields } from "./DepartmentFields";
import {
  departmentFormOf,
  toDepartmentPatch,
  validateDepartmentForm,
  type DepartmentField,
  type DepartmentFormErrors,
  type DepartmentFormValues,
} from "./department-form";

const FIELDS: readonly DepartmentField[] = ["nameFr", "nameEn"];

/** Renames a department against the version listed (409 stale_version: reload, keep the typed names). */
export function RenameDepartmentDialog({ department, onClose }: { department: DepartmentRecord; onClose: () => void }) {
  const t = useText();
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [base, setBase] = useState(department);
  const [values, setValues] = useState<DepartmentFormValues>(() => departmentFormOf(department));
  const [clientErrors, setClientErrors] = useState<DepartmentFormErrors>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [conflict, setConflict] = useState<ConflictState>(null);

  const rename = useMutation({
    mutationFn: (patch: NonNullable<ReturnType<typeof toDepartmentPatch>>) => identityApi.updateDepartment(base.code, patch),
    onSuccess: async (updated) => {
      announce(t("renameDepartment.done", { code: updated.code }));
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.departments() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.audit("identity") }),
      ]);
    },
    onError: (error) => {
      if (isStaleVersion(error)) setConflict({ stage: "stale" });
      else requestAnimationFrame(() => focusFirstInvalid(formRef.current));
    },
  });

  const reload = useMutation({
    mutationFn: async () => {
      const page = await queryClient.fetchQuery({
        queryKey: queryKeys.departments(),
        queryFn: ({ signal }) => identityApi.listDepartments(signal),
        staleTime: 0,
      });
      const fresh = page.items.find((d) => d.code === base.code);
      if (!fresh) throw new Error(`Department ${base.code} is gone`);
      return fresh;
    },
    onSuccess: (fresh) => {
      setConflict({ stage: "reloaded", changes: diffRecords(base, fresh) });
      setValues((edits) => rebaseForm(departmentFormOf(base), departmentFormOf(fresh), edits));
      setBase(fresh);
      rename.reset();
    },
  });

  const errors = mergeFieldErrors(t, clientErrors, rename.error, fieldIn(FIELDS), edited);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateDepartmentForm(values, { withCode: false });
    setClientErrors(problems);
    setEdited(new Set());
    rename.reset();
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    const patch = toDepartmentPatch(base, values);
    if (patch) rename.mutate(patch);
    else onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t("renameDepartment.title", { code: base.code })}
      closeOnBackdrop={false}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form={formId} loading={rename.isPending}>
            {t("renameDepartment.submit")}
          </Button>
        </>
      }
    >
      <ConflictNotice state={conflict} titleKey="conflict.department" onReload={() => reload.mutate()} reloading={reload.isPending} reloadError={reload.error} />
      <form id={formId} ref={formRef} onSubmit={submit} noValidate className="admin-form">
        <DepartmentFields
          values={values}
          onChange={(next, field) => {
            setValues(next);
            setEdited((previous) => new Set(previous).add(field));
          }}
          errors={errors.fields}
          withCode={false}
        />
        <FormAlert
          invalid={Object.keys(clientErrors).some((field) => !edited.has(field))}
          error={rename.error}
          hasFieldErrors={Object.keys(errors.fields).length > 0}
          unplaced={errors.unplaced}
        />
      </form>
    </Dialog>
  );
}
