import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Mobility, MobilityAction } from "@orbis/contracts/outgoing";
import { fieldErrorsOf } from "@orbis/contracts/problems";
import { Button, Dialog, TextField, ProblemAlert } from "@orbis/ui/react";
import { followUpApi } from "../api/followup";
import { useText } from "../i18n";

/** Which actions a mobility in each status offers, and what each asks for. */
const OFFERED: Record<Mobility["status"], MobilityAction[]> = { planned: ["start", "cancel"], "in-progress": ["complete", "interrupt"], completed: [], cancelled: [], interrupted: [] };
const NEEDS = { start: ["actualStart"], complete: ["actualEnd"], cancel: ["reason"], interrupt: ["reason", "actualEnd"] } as const;

/** Start, complete, cancel or interrupt the mobility through a dialog asking for the dates and reason. */
export function StatusActions({ mobility }: { mobility: Mobility }) {
  const t = useText();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<MobilityAction | null>(null);
  const [values, setValues] = useState({ reason: "", actualStart: mobility.plannedStart, actualEnd: mobility.plannedEnd });
  const [announce, setAnnounce] = useState("");
  const run = useMutation({
    mutationFn: (a: MobilityAction) => {
      const body: { version: number; reason?: string; actualStart?: string; actualEnd?: string } = { version: mobility.version };
      for (const field of NEEDS[a]) body[field] = values[field];
      return followUpApi.act(mobility.id, a, body);
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(["mobility", mobility.id], updated);
      void queryClient.invalidateQueries({ queryKey: ["steps", mobility.id] });
      setAction(null);
      setAnnounce(t("action.done", { status: t(`status.${updated.status}`) }));
    },
  });
  const errors = fieldErrorsOf(run.error);
  const offered = OFFERED[mobility.status];
  return (
    <section aria-label={t("action.title")} className="outgoing-actions">
      <p role="status" className="outgoing-sr-status">{announce}</p>
      {offered.map((a) => (
        <Button key={a} variant={a === "cancel" || a === "interrupt" ? "danger" : "primary"} onClick={() => { run.reset(); setAction(a); }}>
          {t(`action.${a}`)}
        </Button>
      ))}
      {action && (
        <Dialog
          open
          onClose={() => setAction(null)}
          title={t(`action.${action}`)}
          footer={
            <>
              <Button variant="secondary" onClick={() => setAction(null)}>{t("common.cancel")}</Button>
              <Button variant={action === "cancel" || action === "interrupt" ? "danger" : "primary"} loading={run.isPending} onClick={() => run.mutate(action)}>
                {t("action.confirm")}
              </Button>
            </>
          }
        >
          {NEEDS[action].map((field) =>
            field === "reason" ? (
              <TextField key={field} label={t("action.reason")} multiline required value={values.reason} onChange={(reason) => setValues({ ...values, reason })} error={errors.reason} />
            ) : (
              <TextField key={field} label={t(`action.${field}`)} type="date" required value={values[field]} onChange={(v) => setValues({ ...values, [field]: v })} error={errors[field]} />
            ),
          )}
          {Object.keys(errors).length === 0 && <ProblemAlert error={run.error} />}
        </Dialog>
      )}
    </section>
  );
}
