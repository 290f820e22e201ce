import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Card, ErrorPanel, LoadingState, Pagination, pageCountOf, problemMessage } from "@orbis/ui/react";
import { identityApi } from "../api/identity";
import { queryKeys } from "../api/query-keys";
import { AuditTable } from "../audit/AuditTable";
import { useText } from "../i18n";

const HISTORY_PAGE_SIZE = 10;

/** The account's audit trail: who changed it, when, and what. */
export function UserHistory({ userId }: { userId: string }) {
  const t = useText();
  const [page, setPage] = useState(1);
  const query = { entity: "user", entityId: userId, limit: HISTORY_PAGE_SIZE, offset: (page - 1) * HISTORY_PAGE_SIZE };
  const history = useQuery({
    queryKey: queryKeys.audit("identity", query),
    queryFn: ({ signal }) => identityApi.listAudit(query, signal),
    placeholderData: keepPreviousData,
  });
  return (
    <Card title={t("user.historyTitle")} className="admin-section">
      {history.isPending ? (
        <LoadingState label={t("audit.loading")} />
      ) : history.isError && !history.data ? (
        <ErrorPanel title={t("audit.loadError")} message={problemMessage(t, history.error)} onRetry={() => void history.refetch()} />
      ) : (
        <>
          <AuditTable caption={t("user.historyCaption")} records={history.data.items} busy={history.isPlaceholderData} />
          <Pagination page={page} pageCount={pageCountOf(history.data.total, HISTORY_PAGE_SIZE)} onPageChange={setPage} label={t("audit.pagination")} />
        </>
      )}
    </Card>
  );
}
