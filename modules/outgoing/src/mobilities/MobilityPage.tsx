import { useQuery } from "@tanstack/react-query";
import { ErrorPanel, LoadingState, PageHeader } from "@orbis/ui/react";
import { mobilitiesApi } from "../api/outgoing";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { useHref } from "../shared/outgoing-context";
import { problemMessage } from "../shared/ProblemAlert";

/** One mobility: who, where, when; the follow-up, learning agreement and recognition panels join here. */
export function MobilityPage({ id }: { id: string }) {
  const t = useText();
  const href = useHref();
  const mobility = useQuery({ queryKey: ["mobility", id], queryFn: ({ signal }) => mobilitiesApi.get(id, signal) });
  if (mobility.isPending) return <LoadingState label={t("common.loading")} />;
  if (mobility.isError) return <ErrorPanel title={t("problem.title")} message={problemMessage(t, mobility.error)} onRetry={() => void mobility.refetch()} />;
  const m = mobility.data;
  return (
    <>
      <PageHeader title={`${m.firstName} ${m.lastName.toUpperCase()}`} description={`${m.hostName} (${m.hostCountry}) · ${t(`programme.${m.programme}`)} · ${t(`status.${m.status}`)}`} />
      <dl className="outgoing-facts">
        <dt>{t("mobilities.department")}</dt>
        <dd>{m.department}</dd>
        <dt>{t("mobilities.period")}</dt>
        <dd>{`${m.plannedStart} → ${m.plannedEnd}`}</dd>
      </dl>
      <ul className="outgoing-links">
        <li>
          <Link href={href("mobilityRecognition", { id })}>{t("recognition.link")}</Link>
        </li>
        <li>
          <Link href={href("mobilityFunding", { id })}>{t("funding.link")}</Link>
        </li>
      </ul>
    </>
  );
}
