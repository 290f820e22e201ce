import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { AidAward } from "@orbis/contracts/outgoing";
import { Badge, Button, DataTable, ErrorPanel, LoadingState, PageHeader, useLocale, type DataTableColumn, useAnnounce, problemMessage } from "@orbis/ui/react";
import { awardsApi } from "../api/funding";
import { mobilitiesApi } from "../api/outgoing";
import { useText } from "../i18n";
import { Link } from "../router/Link";
import { formatEuros } from "../shared/format";
import { useHref, useIsStaff } from "../shared/outgoing-context";
import { AwardDialog } from "./AwardDialog";
import { AwardStatusDialog } from "./AwardStatusDialog";

/** A mobility's funding: the aids awarded, their payment, and awarding another one. */
export function FundingPage({ id }: { id: string }) {
  const t = useText();
  const locale = useLocale();
  const href = useHref();
  const isStaff = useIsStaff();
  const queryClient = useQueryClient();
  const announce = useAnnounce();
  const [awarding, setAwarding] = useState(false);
  const [changing, setChanging] = useState<{ award: AidAward; status: "paid" | "cancelled" } | null>(null);
  const mobility = useQuery({ queryKey: ["mobility", id], queryFn: ({ signal }) => mobilitiesApi.get(id, signal) });
  const funding = useQuery({ queryKey: ["funding", id], queryFn: ({ signal }) => awardsApi.funding(id, signal) });
  const failed = [mobility, funding].find((q) => q.isError);
  if (failed) return <ErrorPanel title={t("problem.title")} message={problemMessage(t, failed.error)} onRetry={() => void failed.refetch()} />;
  if (!mobility.data || !funding.data) return <LoadingState label={t("common.loading")} />;
  const m = mobility.data;
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ["funding", id] });
    void queryClient.invalidateQueries({ queryKey: ["aid-eligibility", id] });
    void queryClient.invalidateQueries({ queryKey: ["aids"] });
  };
  const columns: DataTableColumn<AidAward>[] = [
    { key: "aid", header: t("aids.name"), rowHeader: true, render: (a) => a.aidName },
    { key: "amount", header: t("funding.amount"), align: "end", render: (a) => formatEuros(a.amountCents, locale) },
    {
      key: "status",
      header: t("funding.status"),
      render: (a) => (
        <Badge tone={a.status === "paid" ? "success" : a.status === "cancelled" ? "warning" : "neutral"}>
          {t(`funding.status.${a.status}`)}
          {a.paidOn ? ` (${a.paidOn})` : ""}
        </Badge>
      ),
    },
    ...(isStaff
      ? [
          {
            key: "actions",
            header: "",
            render: (a: AidAward) =>
              a.status === "awarded" ? (
                <span className="outgoing-row-actions">
                  <Button size="sm" variant="secondary" onClick={() => setChanging({ award: a, status: "paid" })}>
                    {t("funding.markPaid", { name: a.aidName })}
                  </Button>
                  <Button size="sm" variant="danger" onClick={() => setChanging({ award: a, status: "cancelled" })}>
                    {t("funding.cancelAward", { name: a.aidName })}
                  </Button>
                </span>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <>
      <PageHeader title={t("funding.title")} description={`${m.firstName} ${m.lastName.toUpperCase()} · ${m.hostName} (${m.hostCountry})`} />
      <p role="status">{t("funding.total", { total: formatEuros(funding.data.totalCents, locale), paid: formatEuros(funding.data.paidCents, locale) })}</p>
      <p>{t("funding.erasmus")}</p>
      {isStaff && (
        <p>
          <Button onClick={() => setAwarding(true)}>{t("funding.award")}</Button>
        </p>
      )}
      <DataTable caption={t("funding.awards")} columns={columns} rows={funding.data.awards} rowKey={(a) => a.id} empty={t("funding.empty")} />
      <p>
        <Link href={href("mobility", { id })}>{t("mobilities.title")}</Link>
      </p>
      {awarding && (
        <AwardDialog
          mobilityId={id}
          onClose={() => setAwarding(false)}
          onAwarded={(award) => {
            setAwarding(false);
            announce(t("funding.awarded", { name: award.aidName, amount: formatEuros(award.amountCents, locale) }));
            refresh();
          }}
        />
      )}
      {changing && (
        <AwardStatusDialog
          award={changing.award}
          status={changing.status}
          onClose={() => setChanging(null)}
          onChanged={() => {
            setChanging(null);
            announce(t("funding.changed"));
            refresh();
          }}
        />
      )}
    </>
  );
}
