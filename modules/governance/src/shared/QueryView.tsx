import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { ErrorPanel, LoadingState, useProblemMessage } from "@orbis/ui/react";
import { useText } from "../i18n";

/** A query's three states: loading, error with retry (the server's explanation when it gave one), then the data. */
export function QueryView<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const t = useText();
  const problemText = useProblemMessage();
  if (query.isPending) return <LoadingState label={t("common.loading")} />;
  if (query.isError) {
    return <ErrorPanel title={t("common.loadError")} message={problemText(query.error)} onRetry={() => void query.refetch()} retryLabel={t("common.retry")} />;
  }
  return <>{children(query.data)}</>;
}
