import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { NetworkAttendance } from "@orbis/contracts/governance";
import { Button, Card, Checkbox, ProblemAlert, TextField, useAnnounce, useLocale } from "@orbis/ui/react";
import { api, networkApi } from "../api/governance";
import { useText } from "../i18n";
import { DocumentsPanel } from "../shared/DocumentsPanel";
import { useCanWrite, useHref } from "../shared/governance-context";
import { QueryView } from "../shared/QueryView";
import { RecordHeader } from "../shared/RecordHeader";
import { networkMeetingFields } from "./NetworkPage";

/** One network meeting: who attended, department by department (prefilled with the coordinators), and its documents. */
export function NetworkMeetingPage({ id }: { id: string }) {
  const href = useHref();
  return (
    <RecordHeader
      api={api.networkMeetings}
      id={id}
      fields={networkMeetingFields}
      title={(m) => String(m.title)}
      description={(m) => `${String(m.heldOn)} · ${String(m.location)}`}
      back={{ href: href("network"), label: "network.back" }}
    >
      {(m) => (
        <div className="gov-stack">
          <AttendanceEditor key={m.version} id={id} version={m.version} saved={m.attendance as NetworkAttendance[]} />
          <DocumentsPanel ownerType="network-meeting" ownerId={id} />
        </div>
      )}
    </RecordHeader>
  );
}

function AttendanceEditor({ id, version, saved }: { id: string; version: number; saved: NetworkAttendance[] }) {
  const t = useText();
  const locale = useLocale();
  const canWrite = useCanWrite();
  const announce = useAnnounce();
  const client = useQueryClient();
  const overview = useQuery({ queryKey: ["governance", "/network"], queryFn: ({ signal }) => networkApi.overview(signal) });
  const [edits, setEdits] = useState<Record<string, NetworkAttendance>>({});
  const [error, setError] = useState<unknown>(null);
  return (
    <Card title={t("network.attendance")}>
      <QueryView query={overview}>
        {(data) => {
          const rows = data.departments.map((d) => {
            const current = edits[d.code] ?? saved.find((a) => a.department === d.code) ?? { department: d.code, name: d.coordinators[0]?.name ?? "", present: false };
            return { d, current };
          });
          const set = (code: string, change: Partial<NetworkAttendance>, base: NetworkAttendance) => setEdits((prev) => ({ ...prev, [code]: { ...base, ...change } }));
          async function save() {
            setError(null);
            try {
              const attendance = rows.map((r) => r.current).filter((a) => a.name.trim() !== "");
              await networkApi.setAttendance(id, version, attendance);
              announce(t("network.attendanceSaved"));
              await client.invalidateQueries({ queryKey: ["governance", "/network-meetings"] });
            } catch (e) {
              setError(e);
            }
          }
          return (
            <>
              <ul className="gov-attendance">
                {rows.map(({ d, current }) => (
                  <li key={d.code}>
                    <strong>{locale === "fr" ? d.nameFr : d.nameEn}</strong>
                    <TextField
                      id={`gov-att-${d.code}-name`}
                      label={t("network.attendee", { department: d.code })}
                      value={current.name}
                      disabled={!canWrite}
                      onChange={(name) => set(d.code, { name }, current)}
                    />
                    <Checkbox label={t("network.present")} checked={current.present} disabled={!canWrite} onChange={(present) => set(d.code, { present }, current)} />
                  </li>
                ))}
              </ul>
              <ProblemAlert error={error} />
              {canWrite && <Button onClick={() => void save()}>{t("network.saveAttendance")}</Button>}
            </>
          );
        }}
      </QueryView>
    </Card>
  );
}
