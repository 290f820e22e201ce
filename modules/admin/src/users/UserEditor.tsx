import { useEffect, useRef, useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { User } from "@orbis/contracts/identity";
import { Button, Card, useAnnounce, FormAlert, focusFirstInvalid } from "@orbis/ui/react";
import { identityApi } from "../api/identity";
import { isStaleVersion } from "../api/problems";
import { diffRecords } from "../audit/audit-diff";
import { useText } from "../i18n";
import { ConflictNotice, type ConflictState } from "../shared/ConflictNotice";
import { rebaseForm } from "../shared/rebase-form";
import { fieldIn, mergeFieldErrors } from "../shared/form-errors";
import { PasswordCard } from "./PasswordCard";
import { StatusCard } from "./StatusCard";
import { UserFields } from "./UserFields";
import { UserHistory } from "./UserHistory";
import { afterUserChange, userQueryOptions } from "./user-queries";
import { isProfileDirty, toUserPatch, userFormOf, validateUserForm, type UserField, type UserFormErrors, type UserFormValues } from "./user-form";

const PROFILE_FIELDS: readonly UserField[] = ["name", "department", "roles", "scopes"];

/**
 * Edits one account against `base`, the version the admin started from (sent as `version`). When someone else saved
 * in between, the service answers 409 stale_version: the admin reloads the current version, sees what the other
 * person changed, keeps their own edits (the untouched fields take the new values) and saves again.
 */
export function UserEditor({ current }: { current: User }) {
  const t = useText();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(current);
  const [draft, setDraft] = useState<UserFormValues>(() => userFormOf(current));
  const [clientErrors, setClientErrors] = useState<UserFormErrors>({});
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [conflict, setConflict] = useState<ConflictState>(null);
  const dirty = isProfileDirty(base, draft);

  // A newer version fetched in the background replaces the form only while the admin has not started editing.
  useEffect(() => {
    if (current.version > base.version && !dirty && conflict === null) {
      setBase(current);
      setDraft(userFormOf(current));
    }
  }, [current, base.version, dirty, conflict]);

  const reload = useMutation({
    mutationFn: () => queryClient.fetchQuery({ ...userQueryOptions(base.id), staleTime: 0 }),
    onSuccess: (fresh) => {
      setConflict({ stage: "reloaded", changes: diffRecords(base, fresh) });
      setDraft((edits) => rebaseForm(userFormOf(base), userFormOf(fresh), edits));
      setBase(fresh);
      save.reset();
    },
  });

  const onStale = () => {
    reload.reset();
    setConflict({ stage: "stale" });
  };

  /** Our own change from another card (status, password): the profile edits stay, now against the new version. */
  const onOwnChange = (user: User) => {
    setBase(user);
    setConflict(null);
    void afterUserChange(queryClient, user);
  };

  const save = useMutation({
    mutationFn: (patch: NonNullable<ReturnType<typeof toUserPatch>>) => identityApi.updateUser(base.id, patch),
    onSuccess: (user) => {
      setBase(user);
      setDraft(userFormOf(user));
      setConflict(null);
      announce(t("user.saved", { name: user.name }));
      void afterUserChange(queryClient, user);
    },
    onError: (error) => {
      if (isStaleVersion(error)) onStale();
      else requestAnimationFrame(() => focusFirstInvalid(formRef.current));
    },
  });

  const errors = mergeFieldErrors(t, clientErrors, save.error, fieldIn(PROFILE_FIELDS), edited);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { password: _ignored, ...problems } = validateUserForm(draft, { withEmail: false });
    setClientErrors(problems);
    setEdited(new Set());
    save.reset();
    if (Object.keys(problems).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    const patch = toUserPatch(base, draft);
    if (patch) save.mutate(patch);
    else announce(t("user.noChange"));
  };

  return (
    <>
      <ConflictNotice
        state={conflict}
        titleKey="conflict.user"
        onReload={() => reload.mutate()}
        reloading={reload.isPending}
        reloadError={reload.error}
      />
      <div className="admin-grid">
        <Card title={t("user.profile")} className="admin-grid__wide">
          <form ref={formRef} onSubmit={submit} noValidate className="admin-form">
            <UserFields
              values={draft}
              onChange={(next, field) => {
                setDraft(next);
                setEdited((previous) => new Set(previous).add(field));
              }}
              errors={errors.fields}
              assigned={[...(base.department ? [base.department] : []), ...base.scopes]}
            />
            <FormAlert
              invalid={Object.keys(clientErrors).some((field) => !edited.has(field))}
              error={save.error}
              hasFieldErrors={Object.keys(errors.fields).length > 0}
              unplaced={errors.unplaced}
            />
            <Button type="submit" loading={save.isPending}>
              {t("user.save")}
            </Button>
          </form>
        </Card>
        <StatusCard user={base} onChanged={onOwnChange} onStale={onStale} />
        <PasswordCard user={base} onChanged={onOwnChange} onStale={onStale} />
      </div>
      <UserHistory userId={base.id} />
    </>
  );
}
