import { useQuery } from "@tanstack/react-query";
import { ErrorPanel, LoadingState, PageHeader, problemMessage } from "@orbis/ui/react";
import { mobilitiesApi } from "../api/outgoing";
import { StatusActions } from "../followup/StatusActions";
import { StepsPanel } from "../followup/StepsPanel";
import { useText } from "../i18n";
import { LearningAgreementPanel } from "../learning-agreements/LearningAgreementPanel";
import { Link } from "../router/Link";
import { useHref, useIsStaff, useOutgoingContext } from "../shared/outgoing-context";

/** One mobility: who, where, when; status actions, the follow-up checklist and the learning agreement. */
export function MobilityPage({ id }: { id: string }) {
  const t = useText();
  const staff = useIsStaff();
  const { user } = useOutgoingContext();
  // Coordinators reach only their departments' mobilities: the service checks the scope of every change.
  const canAct = staff || user.roles.includes("coordinator");
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
        {m.actualStart && (
          <>
            <dt>{t("action.actualStart")}</dt>
            <dd>{m.actualStart}</dd>
          </>
        )}
        {m.actualEnd && (
          <>
            <dt>{t("action.actualEnd")}</dt>
            <dd>{m.actualEnd}</dd>
          </>
        )}
        {m.statusReason && (
          <>
            <dt>{t("action.reason")}</dt>
            <dd>{m.statusReason}</dd>
          </>
        )}
      </dl>
      <ul className="outgoing-links">
        <li>
          <Link href={href("mobilityRecognition", { id })}>{t("recognition.link")}</Link>
        </li>
        <li>
          <Link href={href("mobilityFunding", { id })}>{t("funding.link")}</Link>
        </li>
      </ul>
      {staff && <StatusActions mobility={m} />}
      <StepsPanel mobilityId={m.id} canEdit={canAct} />
      <LearningAgreementPanel mobility={m} canAct={canAct} />
    </>
  );
}
