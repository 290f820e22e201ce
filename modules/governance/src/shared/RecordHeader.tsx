import { useState, type ReactNode } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, PageHeader, useAnnounce } from "@orbis/ui/react";
import type { RecordsApi } from "../api/records";
import { useText, type GovernanceMessageKey } from "../i18n";
import { RecordForm } from "../records/RecordForm";
import type { FieldSpec } from "../records/fields";
import { Link } from "../router/Link";
import { useCanWrite } from "./governance-context";
import { QueryView } from "./QueryView";

type Row = Record<string, unknown> & { id: string; version: number };

export interface RecordHeaderProps {
  api: RecordsApi;
  id: string;
  fields: FieldSpec[];
  /** The page's title from the record. */
  title: (row: Row) => string;
  description?: (row: Row) => string;
  back: { href: string; label: GovernanceMessageKey };
  /** The record's sections (agenda, criteria, fees...). */
  children: (row: Row) => ReactNode;
}

/** A record's page: its title, back link, an edit form for those who write, then its sections. */
export function RecordHeader({ api, id, fields, title, description, back, children }: RecordHeaderProps) {
  const t = useText();
  const canWrite = useCanWrite();
  const announce = useAnnounce();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const record = useQuery({ queryKey: ["governance", api.path, id], queryFn: ({ signal }) => api.get(id, signal) as Promise<Row> });
  return (
    <>
      <p className="gov-back">
        <Link href={back.href}>{t(back.label)}</Link>
      </p>
      <QueryView query={record}>
        {(row) => (
          <>
            <PageHeader
              title={title(row)}
              description={description?.(row)}
              actions={
                canWrite && !editing ? (
                  <Button variant="secondary" onClick={() => setEditing(true)}>
                    {t("common.edit")}
                  </Button>
                ) : undefined
              }
            />
            {editing && (
              <RecordForm
                key={row.version}
                id={`${api.path.slice(1)}-record`}
                fields={fields}
                record={row}
                submitLabel="common.save"
                onCancel={() => setEditing(false)}
                onReload={() => void record.refetch()}
                onSubmit={async (body) => {
                  await api.update(id, body);
                  setEditing(false);
                  announce(t("common.saved"));
                  await client.invalidateQueries({ queryKey: ["governance"] });
                }}
              />
            )}
            {children(row)}
          </>
        )}
      </QueryView>
    </>
  );
}
