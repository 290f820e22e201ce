import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Role } from "@orbis/contracts/common";
import type { ModuleEntry } from "@orbis/contracts/registry";
import { Button, Card, Checkbox, CheckboxGroup, TextField, useLocale, useAnnounce, FormAlert, focusFirstInvalid } from "@orbis/ui/react";
import { isStaleVersion } from "../api/problems";
import { registryApi, type ModuleUpdate } from "../api/registry";
import { diffRecords } from "../audit/audit-diff";
import { useText } from "../i18n";
import { ConflictNotice, type ConflictState } from "../shared/ConflictNotice";
import { mergeFieldErrors } from "../shared/form-errors";
import { roleOptions } from "../shared/labels";
import { rebaseForm } from "../shared/rebase-form";
import { afterModuleChange, moduleQueryOptions } from "./module-queries";
import {
  MODULE_ORDER_MAX,
  moduleFieldOf,
  moduleFormOf,
  sameSettings,
  toModulePatch,
  validateModuleForm,
  type ModuleField,
  type ModuleFormErrors,
  type ModuleFormValues,
} from "./module-form";

/** Fields of a module record the conflict notice compares (the rest is the registry's bookkeeping). */
const SETTINGS_VIEW = (entry: ModuleEntry) => ({ label: entry.label, order: entry.order, roles: entry.roles, enabled: entry.enabled });

/** Label, menu position, allowed roles, enabled: edited against the version read, with the same 409 handling as accounts. */
export function ModuleSettings({ current }: { current: ModuleEntry }) {
  const t = useText();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(current);
  const [values, setValues] = useState<ModuleFormValues>(() => moduleFormOf(current));
  const [clientErrors, setClientErrors] = useState<ModuleFormErrors>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [conflict, setConflict] = useState<ConflictState>(null);
  const dirty = toModulePatch(base, values) !== null;

  // A newer record (a rollback, a background refresh) is taken over when the admin has no edits, or when it changed
  // none of the settings (the edits then still apply); otherwise saving will meet the conflict and its reload.
  useEffect(() => {
    if (current.version <= base.version || conflict !== null) return;
    if (!dirty) {
      setBase(current);
      setValues(moduleFormOf(current));
    } else if (sameSettings(base, current)) {
      setBase(current);
    }
  }, [current, base, dirty, conflict]);

  const save = useMutation({
    mutationFn: (patch: ModuleUpdate) => registryApi.updateModule(base.name, patch),
    onSuccess: (entry) => {
      setBase(entry);
      setValues(moduleFormOf(entry));
      setConflict(null);
      announce(t("module.settingsSaved", { label: entry.label[locale] }));
      void afterModuleChange(queryClient, entry);
    },
    onError: (error) => {
      if (isStaleVersion(error)) setConflict({ stage: "stale" });
      else requestAnimationFrame(() => focusFirstInvalid(formRef.current));
    },
  });

  const reload = useMutation({
    mutationFn: () => queryClient.fetchQuery({ ...moduleQueryOptions(base.name), staleTime: 0 }),
    onSuccess: (fresh) => {
      setConflict({ stage: "reloaded", changes: diffRecords(SETTINGS_VIEW(base), SETTINGS_VIEW(fresh)) });
      setValues((edits) => rebaseForm(moduleFormOf(base), moduleFormOf(fresh), edits));
      setBase(fresh);
      save.reset();
    },
  });

  const errors = mergeFieldErrors(t, clientErrors, save.error, moduleFieldOf, edited);
  const set = <K extends ModuleField>(field: K, value: ModuleFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setEdited((previous) => new Set(previous).add(field));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateModuleForm(values);
    setClientErrors(problems);
    setEdited(new Set());
    save.reset();
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    const patch = toModulePatch(base, values);
    if (patch) save.mutate(patch);
    else announce(t("module.noChange"));
  };

  return (
    <Card title={t("module.settings")}>
      <ConflictNotice state={conflict} titleKey="conflict.module" onReload={() => reload.mutate()} reloading={reload.isPending} reloadError={reload.error} />
      <form ref={formRef} onSubmit={submit} noValidate className="admin-form admin-form--columns">
        <TextField label={t("field.labelFr")} value={values.labelFr} onChange={(v) => set("labelFr", v)} error={errors.fields.labelFr} required lang="fr" />
        <TextField label={t("field.labelEn")} value={values.labelEn} onChange={(v) => set("labelEn", v)} error={errors.fields.labelEn} required lang="en" />
        <TextField
          label={t("field.order")}
          hint={t("field.orderHint")}
          type="number"
          inputMode="numeric"
          min={0}
          max={MODULE_ORDER_MAX}
          step={1}
          value={values.order}
          onChange={(v) => set("order", v)}
          error={errors.fields.order}
          required
        />
        <CheckboxGroup
          legend={t("field.moduleRoles")}
          hint={t("field.moduleRolesHint")}
          options={roleOptions(t)}
          value={values.roles}
          onChange={(v) => set("roles", v as Role[])}
          error={errors.fields.roles}
          required
        />
        <Checkbox label={t("field.enabled")} hint={t("field.enabledHint")} checked={values.enabled} onChange={(v) => set("enabled", v)} />
        <FormAlert
          invalid={Object.keys(clientErrors).some((field) => !edited.has(field))}
          error={save.error}
          hasFieldErrors={Object.keys(errors.fields).length > 0}
          unplaced={errors.unplaced}
        />
        <div className="admin-form__actions">
          <Button type="submit" loading={save.isPending}>
            {t("module.saveSettings")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
