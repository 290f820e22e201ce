import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import type { User } from "@orbis/contracts/identity";
import { Button, Card, useAnnounce, ConfirmDialog, ProblemAlert } from "@orbis/ui/react";
import { identityApi } from "../api/identity";
import { isStaleVersion } from "../api/problems";
import { useText } from "../i18n";
import { useAdminContext } from "../shared/admin-context";

export interface UserActionCardProps {
  /** The version being edited (its `version` goes with the change). */
  user: User;
  onChanged: (user: User) => void;
  /** The account changed since it was read (409 stale_version). */
  onStale: () => void;
}

/** Activate or deactivate the account, after a confirmation; admins cannot deactivate themselves. */
export function StatusCard({ user, onChanged, onStale }: UserActionCardProps) {
  const t = useText();
  const announce = useAnnounce();
  const { user: me } = useAdminContext();
  const [confirming, setConfirming] = useState(false);
  const self = me.sub === user.id;
  const deactivating = user.active;

  const toggle = useMutation({
    mutationFn: () => identityApi.updateUser(user.id, { version: user.version, active: !user.active }),
    onSuccess: (updated) => {
      setConfirming(false);
      announce(t(updated.active ? "user.activated" : "user.deactivated", { name: updated.name }));
      onChanged(updated);
    },
    onError: (error) => {
      if (!isStaleVersion(error)) return;
      setConfirming(false);
      onStale();
    },
  });

  const open = () => {
    toggle.reset();
    setConfirming(true);
  };

  return (
    <Card title={t("user.statusTitle")}>
      <p>{t(user.active ? "user.isActive" : "user.isInactive")}</p>
      {self && deactivating ? (
        <p className="admin-muted">{t("user.selfDeactivate")}</p>
      ) : (
        <Button variant={deactivating ? "danger" : "primary"} onClick={open}>
          {t(deactivating ? "user.deactivate" : "user.activate")}
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        title={t(deactivating ? "user.deactivateTitle" : "user.activateTitle", { name: user.name })}
        description={t(deactivating ? "user.deactivateText" : "user.activateText")}
        confirmLabel={t(deactivating ? "user.deactivate" : "user.activate")}
        danger={deactivating}
        busy={toggle.isPending}
        onConfirm={() => toggle.mutate()}
        onCancel={() => setConfirming(false)}
      >
        {toggle.isError && !isStaleVersion(toggle.error) && <ProblemAlert error={toggle.error} />}
      </ConfirmDialog>
    </Card>
  );
}
