import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ErrorPanel, LoadingState, PageHeader, Pagination, SelectField, pageCountOf, problemMessage } from "@orbis/ui/react";
import { identityApi } from "../api/identity";
import { queryKeys, type AuditSource } from "../api/query-keys";
import { registryApi } from "../api/registry";
import { useText, type AdminMessageKey } from "../i18n";
import { AuditTable } from "./AuditTable";

const AUDIT_PAGE_SIZE = 25;

/** The kinds of records each service audits. */
const ENTITIES: Record<AuditSource, { value: string; label: AdminMessageKey }[]> = {
  identity: [
    { value: "user", label: "entity.user" },
    { value: "department", label: "entity.department" },
  ],
  registry: [{ value: "module", label: "entity.module" }],
};

/** The journal: every audited change of one service, newest first, optionally of one kind of record. */
export function AuditPage() {
  const t = useText();
  const [source, setSource] = useState<AuditSource>("identity");
  const [entity, setEntity] = useState("");
  const [page, setPage] = useState(1);
  const query = { entity: entity || undefined, limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE };
  const records = useQuery({
    queryKey: queryKeys.audit(source, query),
    queryFn: ({ signal }) => (source === "identity" ? identityApi.listAudit(query, signal) : registryApi.listAudit(query, signal)),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <form role="search" aria-label={t("audit.filters")} className="o-toolbar admin-filters" onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t("audit.source")}
          value={source}
          placeholder={null}
          options={[
            { value: "identity", label: t("audit.sourceIdentity") },
            { value: "registry", label: t("audit.sourceRegistry") },
          ]}
          onChange={(value) => {
            setSource(value as AuditSource);
            setEntity("");
            setPage(1);
          }}
        />
        <SelectField
          label={t("audit.entity")}
          value={entity}
          placeholder={t("audit.allEntities")}
          options={ENTITIES[source].map((option) => ({ value: option.value, label: t(option.label) }))}
          onChange={(value) => {
            setEntity(value);
            setPage(1);
          }}
        />
      </form>
      {records.isPending ? (
        <LoadingState label={t("audit.loading")} />
      ) : records.isError && !records.data ? (
        <ErrorPanel title={t("audit.loadError")} message={problemMessage(t, records.error)} onRetry={() => void records.refetch()} />
      ) : (
        <>
          <AuditTable caption={t("audit.caption")} records={records.data.items} withSubject busy={records.isPlaceholderData} />
          <Pagination page={page} pageCount={pageCountOf(records.data.total, AUDIT_PAGE_SIZE)} onPageChange={setPage} label={t("audit.pagination")} />
        </>
      )}
    </>
  );
}
