import type { ReactNode } from "react";
import type { UseQueryResult } from "@tanstack/react-query";
import { ErrorPanel, LoadingState, problemMessage } from "@orbis/ui/react";
import { useText } from "../i18n";

/** A query's loading state (announced), its error with a retry, or its data. */
export function QueryView<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const t = useText();
  if (query.isPending) return <LoadingState label={t("common.loading")} />;
  if (query.isError) return <ErrorPanel title={t("problem.title")} message={problemMessage(t, query.error)} retryLabel={t("common.retry")} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
