import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import type { AidAward } from "@orbis/contracts/outgoing";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Button, Dialog, TextField, ProblemAlert } from "@orbis/ui/react";
import { awardsApi } from "../api/funding";
import { useText } from "../i18n";

/** Marks an award paid (with the payment date) or cancels it (with the reason). */
export function AwardStatusDialog({ award, status, onClose, onChanged }: { award: AidAward; status: "paid" | "cancelled"; onClose: () => void; onChanged: (award: AidAward) => void }) {
  const t = useText();
  const [value, setValue] = useState("");
  const change = useMutation({
    mutationFn: () => awardsApi.changeStatus(award.id, status === "paid" ? { version: award.version, status, paidOn: value } : { version: award.version, status, reason: value }),
    onSuccess: onChanged,
  });
  const errors = fieldErrorsOf(change.error);
  const error = status === "paid" ? errors.paidOn : errors.reason;
  return (
    <Dialog
      open
      onClose={onClose}
      title={status === "paid" ? t("funding.markPaid", { name: award.aidName }) : t("funding.cancelAward", { name: award.aidName })}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" form="outgoing-award-status-form" variant={status === "paid" ? "primary" : "danger"} loading={change.isPending}>
            {t("funding.confirm")}
          </Button>
        </>
      }
    >
      <form
        id="outgoing-award-status-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate();
        }}
      >
        <TextField label={status === "paid" ? t("funding.paidOn") : t("funding.reason")} type={status === "paid" ? "date" : "text"} value={value} onChange={setValue} required {...(error ? { error } : {})} />
        {!error && <ProblemAlert error={change.error} />}
      </form>
    </Dialog>
  );
}
